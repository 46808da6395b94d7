/** Reading and writing a bank's flashcard progress through `$lib/storage`. */
import {
	storage,
	type CardStateRecord,
	type ReviewLogRecord,
	type SrsSettings
} from '$lib/storage';
import { defaultSettings, settingsKey } from './settings';
import { setSuspended } from './scheduler';

/** Storage key of a card's state (kind `cards`). */
export function cardKey(bankId: string, cardId: string): string {
	return `${bankId}/${cardId}`;
}

/** Everything stored about a bank's flashcards. */
export interface BankProgress {
	/** Card states by card id. */
	states: Map<string, CardStateRecord>;
	/** The bank's review log, oldest first. */
	logs: ReviewLogRecord[];
	settings: SrsSettings;
}

/** The bank's settings, or the defaults. */
export async function loadSettings(bankId: string): Promise<SrsSettings> {
	const stored = await storage.get('settings', settingsKey(bankId));
	return stored?.type === 'srs' ? stored : defaultSettings(bankId);
}

/** Card states by card id. */
export async function loadStates(bankId: string): Promise<Map<string, CardStateRecord>> {
	const rows = await storage.list('cards', `${bankId}/`);
	return new Map(rows.filter((r) => r.data.bankId === bankId).map((r) => [r.data.cardId, r.data]));
}

/** The bank's review log, oldest first. */
export async function loadLogs(bankId: string): Promise<ReviewLogRecord[]> {
	const rows = await storage.list('reviews');
	return rows
		.map((r) => r.data)
		.filter((l) => l.bankId === bankId)
		.sort((a, b) => a.review.getTime() - b.review.getTime() || (a.id < b.id ? -1 : 1));
}

/** Loads states, log and settings of a bank. */
export async function loadProgress(bankId: string): Promise<BankProgress> {
	const [states, logs, settings] = await Promise.all([
		loadStates(bankId),
		loadLogs(bankId),
		loadSettings(bankId)
	]);
	return { states, logs, settings };
}

/** "Odwieś": lets a suspended card back into the queues. Resolves false if the write failed. */
export async function unsuspend(bankId: string, cardId: string, now: Date): Promise<boolean> {
	const key = cardKey(bankId, cardId);
	const stored = await storage.get('cards', key);
	if (!stored) return true;
	return storage.put('cards', key, setSuspended(stored, false, now));
}
