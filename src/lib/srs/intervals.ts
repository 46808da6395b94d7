/** Polish labels for intervals, as short as Anki's button labels: "10 min", "3 dni", "1,5 roku". */
import { plural } from '$lib/strings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function oneDecimal(n: number): string {
	const r = Math.round(n * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1).replace('.', ',');
}

/** Label of an interval given in milliseconds. */
export function intervalLabel(ms: number): string {
	if (ms < MINUTE) return '<1 min';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
	if (ms < DAY) return `${oneDecimal(ms / HOUR)} godz.`;
	const days = Math.round(ms / DAY);
	if (days < 30) return days === 1 ? '1 dzień' : `${days} dni`;
	if (days < 365) return `${oneDecimal(days / 30)} mies.`;
	const years = oneDecimal(days / 365);
	if (years.includes(',')) return `${years} roku`;
	const n = Number(years);
	return `${n} ${plural(n, 'rok', 'lata', 'lat')}`;
}

/** Label of the interval from `now` to `due`. */
export function intervalBetween(now: Date, due: Date): string {
	return intervalLabel(Math.max(0, due.getTime() - now.getTime()));
}
