/**
 * Learning days. As in Anki, a day does not end at midnight but at `dayStartHour` local time
 * (04:00 by default), so a late-evening session still counts as the same day.
 */

const DAY_MS = 86_400_000;

/** The moment the learning day containing `now` began (local time). */
export function dayStart(now: Date, dayStartHour: number): Date {
	const d = new Date(now);
	d.setHours(dayStartHour, 0, 0, 0);
	if (d.getTime() > now.getTime()) d.setDate(d.getDate() - 1);
	return d;
}

/** The moment the next learning day begins. */
export function nextDayStart(now: Date, dayStartHour: number): Date {
	const d = dayStart(now, dayStartHour);
	d.setDate(d.getDate() + 1);
	return d;
}

/** `YYYY-MM-DD` of the learning day containing `now` (the local date on which it began). */
export function dayKey(now: Date, dayStartHour: number): string {
	const d = dayStart(now, dayStartHour);
	const mm = String(d.getMonth() + 1).padStart(2, '0');
	const dd = String(d.getDate()).padStart(2, '0');
	return `${d.getFullYear()}-${mm}-${dd}`;
}

/** Whole learning days from the day of `from` to the day of `to` (0 = same day). */
export function daysBetween(from: Date, to: Date, dayStartHour: number): number {
	const a = dayStart(from, dayStartHour);
	const b = dayStart(to, dayStartHour);
	// Round: DST makes some days 23 or 25 hours long.
	return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
