/**
 * The digit 1–9 a learner pressed to choose option N, or null when the key is not for that:
 * another key, a shortcut with Ctrl/Alt/Meta, or typing in a text field.
 */
export function optionDigit(e: KeyboardEvent): number | null {
	if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key)) return null;
	const target = e.target as HTMLElement | null;
	if (target?.tagName === 'INPUT' && !/^(radio|checkbox)$/.test((target as HTMLInputElement).type))
		return null;
	if (target && (target.tagName === 'TEXTAREA' || target.isContentEditable)) return null;
	return Number(e.key);
}
