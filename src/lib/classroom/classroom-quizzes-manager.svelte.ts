/**
 * The teacher's classroom quizzes stored on this device: the list on the set-up and results
 * pages, with the number of students each counts, and saving a new quiz.
 */
import { storage as appStorage, type Storage } from '../storage';
import { decodeConfig, encodeConfig, type ClassroomConfig } from './config';
import type { ClassroomRecord } from './records';
import { buildReport, decodeAll } from './report';
import { shareCode, type SharedBank, type TooBig } from './share';

/** The part of storage the classroom managers use. */
export type ClassroomStore = Pick<Storage, 'get' | 'list' | 'put' | 'update' | 'subscribe'>;

/** A stored quiz as the list shows it. */
export interface StoredQuiz {
	quizId: string;
	title: string;
	/** The encoded configuration (what follows `#` in the share link). */
	code: string;
	/** The bank the quiz is from. */
	bankId: string;
	/** When it was made, ms since epoch. */
	createdAt: number;
	/** Students its report counts, each once (the same number as the results table). */
	students: number;
}

/** Students counted in a stored quiz's report; 0 when its configuration is unreadable. */
export async function countStudents(
	record: ClassroomRecord,
	titles: Readonly<Record<string, string>> = {}
): Promise<number> {
	const config = await decodeConfig(record.config);
	if (!config.ok) return 0;
	return buildReport(config.value, await decodeAll(record.results), titles).students.length;
}

export class ClassroomQuizzesManager {
	#store: ClassroomStore;
	#now: () => number;
	#quizzes = $state<StoredQuiz[]>([]);
	#loaded = $state(false);
	/** Refreshes started; only the latest one's answer is shown. */
	#generation = 0;

	constructor(store: ClassroomStore = appStorage, now: () => number = Date.now) {
		this.#store = store;
		this.#now = now;
	}

	/** Stored quizzes, newest first. */
	get quizzes(): readonly StoredQuiz[] {
		return this.#quizzes;
	}
	/** True once the list was read. */
	get loaded() {
		return this.#loaded;
	}
	/** Quiz id → title, so a result of another quiz can say which. */
	get titles(): Record<string, string> {
		return Object.fromEntries(this.#quizzes.map((q) => [q.quizId, q.title]));
	}

	/** Reads the list again. */
	async refresh(): Promise<void> {
		const generation = ++this.#generation;
		const records = (await this.#store.list('classroom')).map((r) => r.data);
		const titles = Object.fromEntries(records.map((r) => [r.quizId, r.title]));
		const quizzes = await Promise.all(
			records.map(async (r) => ({
				quizId: r.quizId,
				title: r.title,
				code: r.config,
				bankId: r.bankId,
				createdAt: r.createdAt,
				students: await countStudents(r, titles)
			}))
		);
		if (generation !== this.#generation) return;
		this.#quizzes = quizzes.sort((a, b) => b.createdAt - a.createdAt);
		this.#loaded = true;
	}

	/** Reads the list now and after every change of a classroom record. Returns cleanup. */
	follow(): () => void {
		void this.refresh();
		return this.#store.subscribe((e) => {
			if (e.kind === 'classroom') void this.refresh();
		});
	}

	/**
	 * Encodes a new quiz and stores it (results it may already have are kept). Resolves the
	 * share code and whether it was stored; the link works either way. With `bank` (the bank
	 * the quiz is from) and `linkFor` (the whole link for a code), a quiz from a bank of the
	 * teacher's own carries its questions when they fit (`share.ts`); `carried` and `tooBig`
	 * say what happened.
	 */
	async create(
		config: ClassroomConfig,
		bank?: SharedBank,
		linkFor?: (code: string) => string
	): Promise<{ code: string; saved: boolean; carried: boolean; tooBig: TooBig | null }> {
		const shared =
			bank && linkFor && config.v === 1
				? await shareCode(config, bank, linkFor)
				: { code: await encodeConfig(config), carried: config.v === 2, tooBig: null };
		const { code } = shared;
		const now = this.#now();
		const saved = await this.#store.update('classroom', config.quizId, (current) => ({
			quizId: config.quizId,
			title: config.title,
			bankId: config.bankId,
			config: code,
			results: current?.results ?? [],
			createdAt: current?.createdAt ?? now,
			updatedAt: now
		}));
		await this.refresh();
		return { code, saved, carried: shared.carried, tooBig: shared.tooBig };
	}
}

/** The app's classroom quizzes. */
export const classroomQuizzes = new ClassroomQuizzesManager();
