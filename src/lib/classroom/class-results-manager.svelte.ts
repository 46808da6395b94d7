/**
 * The results of one classroom quiz on the teacher's device: adding result codes and files,
 * the class report, clearing. Every change is a read-modify-write through `storage.update`,
 * so two tabs adding results at once lose none. One action runs at a time.
 */
import { storage as appStorage } from '../storage';
import { classroomQuizzes, type ClassroomStore } from './classroom-quizzes-manager.svelte';
import type { ClassroomConfig } from './config';
import type { ClassroomRecord } from './records';
import {
	buildReport,
	countFlags,
	decodeAll,
	excerpt,
	importResults,
	type ClassReport,
	type FlaggedResult,
	type ImportedResult,
	type ResultsImport
} from './report';
import { codeFromFile, splitCodes } from './result';
import { classroomText as text } from './strings';

/** A file chosen by the teacher (a `File`, or its likeness in tests). */
export interface ResultFileInput {
	name: string;
	/** Bytes. */
	size: number;
	text(): Promise<string>;
}

/** Larger files are not result files (a result file is a few kilobytes). */
export const MAX_RESULT_FILE_BYTES = 100_000;

/** How often an import is retried when another tab changed the results meanwhile. */
const RETRIES = 5;

interface Options {
	/** Quiz id → title of the teacher's other quizzes (read when needed). */
	titles?: () => Readonly<Record<string, string>>;
	now?: () => number;
}

export class ClassResultsManager {
	#store: ClassroomStore;
	#titles: () => Readonly<Record<string, string>>;
	#now: () => number;
	#config = $state<ClassroomConfig | null>(null);
	/** The encoded configuration, stored with a record this device makes. */
	#code = '';
	#report = $state<ClassReport | null>(null);
	#storedCount = $state(0);
	#skipped = $state<FlaggedResult[]>([]);
	#notice = $state('');
	#error = $state('');
	#busy = $state(false);
	#queue: Promise<unknown> = Promise.resolve();

	constructor(store: ClassroomStore = appStorage, options: Options = {}) {
		this.#store = store;
		this.#titles = options.titles ?? (() => ({}));
		this.#now = options.now ?? Date.now;
	}

	get config() {
		return this.#config;
	}
	/** The report of the stored results; null until a quiz is open and read. */
	get report() {
		return this.#report;
	}
	/** Results stored with the quiz (counted or not). */
	get storedCount() {
		return this.#storedCount;
	}
	/** Results not added during this visit, the latest last; and stored ones not counted. */
	get flagged(): FlaggedResult[] {
		return [...this.#skipped, ...(this.#report?.flagged ?? [])];
	}
	/** What the latest action did ("Dodano 2 wyniki. Pominięto 1: duplikat — 1."). */
	get notice() {
		return this.#notice;
	}
	/** Why the latest action could not be saved. */
	get error() {
		return this.#error;
	}
	/** True while an action runs. */
	get busy() {
		return this.#busy;
	}

	/** Runs actions one at a time, in the order they were asked for. */
	#serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(async () => {
			this.#busy = true;
			try {
				return await task();
			} finally {
				this.#busy = false;
			}
		});
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** Shows the stored results of `config` (`code` is its encoded form), a fresh start. */
	open(config: ClassroomConfig, code: string): Promise<void> {
		return this.#serial(async () => {
			this.#skipped = [];
			this.#notice = '';
			this.#error = '';
			this.#config = config;
			this.#code = code;
			await this.#reload();
		});
	}

	/** Forgets the open quiz (the page shows none). */
	close() {
		this.#config = null;
		this.#report = null;
		this.#storedCount = 0;
		this.#skipped = [];
		this.#notice = '';
		this.#error = '';
	}

	/** Reads the stored results again (another tab may have added some). */
	reload(): Promise<void> {
		return this.#serial(() => this.#reload());
	}

	/** Re-reads when a classroom record changes. Returns cleanup. */
	follow(): () => void {
		return this.#store.subscribe((e) => {
			if (e.kind === 'classroom' && this.#config) void this.reload();
		});
	}

	async #reload() {
		const config = this.#config;
		if (!config) return;
		const record = await this.#store.get('classroom', config.quizId);
		const stored = await decodeAll(record?.results ?? []);
		if (this.#config !== config) return;
		this.#report = buildReport(config, stored, this.#titles());
		this.#storedCount = stored.length;
	}

	/** Adds the codes of pasted text, one per line. */
	addPasted(pasted: string): Promise<void> {
		return this.#serial(async () => this.#add(await decodeAll(splitCodes(pasted))));
	}

	/** Adds the result files chosen by the teacher; other files are named and skipped. */
	addFiles(files: readonly ResultFileInput[]): Promise<void> {
		return this.#serial(async () => {
			const read = await Promise.all(
				files.map(async (file): Promise<ImportedResult> => {
					const source = excerpt(file.name);
					const content = file.size > MAX_RESULT_FILE_BYTES ? '' : await file.text();
					const found = codeFromFile(content);
					if (!found.ok) return { code: '', source, decoded: found };
					const [decoded] = await decodeAll([found.value], [file.name]);
					return decoded as ImportedResult;
				})
			);
			await this.#add(read);
		});
	}

	async #add(incoming: ImportedResult[]) {
		const config = this.#config;
		if (!config) return;
		this.#notice = '';
		this.#error = '';
		let outcome: ResultsImport | null = null;
		let saved = true;
		for (let i = 0; i < RETRIES && !outcome; i++) {
			const before = await this.#store.get('classroom', config.quizId);
			const codes = before?.results ?? [];
			const stored = await decodeAll(codes);
			const titles = this.#titles();
			saved = await this.#store.update('classroom', config.quizId, (current) => {
				// Another tab changed the results since they were decoded: decode them again.
				if (!sameList(current?.results ?? [], codes)) return undefined;
				outcome = importResults(config, stored, incoming, titles);
				if (outcome.added === 0) return undefined;
				return { ...this.#fresh(config, current), results: outcome.results };
			});
		}
		if (!outcome) {
			this.#error = text.saveResultsFailed;
			return;
		}
		const { added, skipped } = outcome as ResultsImport;
		if (!saved) this.#error = text.saveResultsFailed;
		this.#skipped = [...this.#skipped, ...skipped];
		this.#notice = [
			added > 0 ? text.added(added) : text.nothingAdded,
			text.skippedSummary(countFlags(skipped))
		]
			.filter(Boolean)
			.join(' ');
		await this.#reload();
	}

	/** The record to write: the stored one with a new time, or a new one for this quiz. */
	#fresh(config: ClassroomConfig, current: ClassroomRecord | undefined): ClassroomRecord {
		const now = this.#now();
		return {
			quizId: config.quizId,
			title: current?.title ?? config.title,
			bankId: config.bankId,
			config: current?.config ?? this.#code,
			results: current?.results ?? [],
			createdAt: current?.createdAt ?? now,
			updatedAt: now
		};
	}

	/** Removes every stored result of the open quiz (the quiz itself stays). */
	clear(): Promise<void> {
		return this.#serial(async () => {
			const config = this.#config;
			if (!config) return;
			this.#notice = '';
			this.#error = '';
			const saved = await this.#store.update('classroom', config.quizId, (current) =>
				current && current.results.length > 0
					? { ...this.#fresh(config, current), results: [] }
					: undefined
			);
			if (!saved) this.#error = text.saveResultsFailed;
			this.#skipped = [];
			await this.#reload();
		});
	}
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The results page's manager (one quiz at a time). */
export const classResults = new ClassResultsManager(appStorage, {
	titles: () => classroomQuizzes.titles
});
