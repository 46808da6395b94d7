export const storage = {
	memoryOnly:
		'Ta przeglądarka nie pozwala zapisywać danych (np. tryb prywatny). Aplikacja działa, ale postępy z tej wizyty nie zostaną zachowane — wyeksportuj je w Ustawieniach, zanim zamkniesz kartę.',
	writeFailed: (reason: string) =>
		`Nie udało się zapisać postępów (${reason}). Są bezpieczne do końca tej wizyty — wyeksportuj je w Ustawieniach.`,
	quota: 'brak miejsca w pamięci urządzenia',
	blocked: 'pamięć przeglądarki jest zablokowana',
	unknown: 'błąd pamięci przeglądarki',
	corrupt: (n: number) => `Pominięto ${n} uszkodzonych lub obcych rekordów. Nie zostały usunięte.`
} as const;
