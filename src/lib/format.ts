/**
 * Polish formatting of numbers, percentages, durations and dates: the one place that names the
 * locale, so an English UI later changes it here only. Every function is pure; dates take epoch
 * milliseconds (or a `Date`) and format in the device's time zone unless one is given.
 */
import { plural } from './strings';

/** The UI's locale (BCP 47). */
export const LOCALE = 'pl-PL';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number with up to `digits` decimals, Polish style: `7 598`, `1,25`. */
export function formatNumber(n: number, digits = 0): string {
	let f = numberFormats.get(digits);
	if (!f) {
		f = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits });
		numberFormats.set(digits, f);
	}
	return f.format(n);
}

/** A share in 0..1 as a whole percentage, `80%`; `—` when there is no value. */
export function formatPercent(share: number | null | undefined, digits = 0): string {
	if (share === null || share === undefined || !Number.isFinite(share)) return '—';
	return `${formatNumber(share * 100, digits)}%`;
}

/** A duration in milliseconds as minutes and seconds: `4 min 05 s`, `45 s`. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	if (minutes === 0) return `${seconds} s`;
	return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** A number of days in words: `1 dzień`, `3 dni`. */
export function formatDays(n: number): string {
	return `${formatNumber(n)} ${plural(n, 'dzień', 'dni', 'dni')}`;
}

type DateInput = number | Date;
const toDate = (d: DateInput) => (typeof d === 'number' ? new Date(d) : d);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = JSON.stringify(options);
	let f = dateFormats.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(LOCALE, options);
		dateFormats.set(key, f);
	}
	return f;
}

/** Date and time, short: `1.12.2026, 20:46`. */
export function formatDateTime(d: DateInput, timeZone?: string): string {
	return dateFormat({ dateStyle: 'short', timeStyle: 'short', timeZone }).format(toDate(d));
}

/** Date and time, medium: `1 gru 2026, 20:46`. */
export function formatDateTimeMedium(d: DateInput, timeZone?: string): string {
	return dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone }).format(toDate(d));
}

/** Date and time, long: `1 grudnia 2026 20:46`. */
export function formatDateTimeLong(d: DateInput, timeZone?: string): string {
	return dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone }).format(toDate(d));
}

/** A day: `1 gru 2026`. */
export function formatDay(d: DateInput, timeZone?: string): string {
	return dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
		toDate(d)
	);
}

/** A time of day: `20:46`. */
export function formatTime(d: DateInput, timeZone?: string): string {
	return dateFormat({ hour: '2-digit', minute: '2-digit', timeZone }).format(toDate(d));
}

/** Polish alphabetical order (ą after a, ł after l), ignoring case. */
export const polishCollator = new Intl.Collator('pl', { sensitivity: 'base' });
