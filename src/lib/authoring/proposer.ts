/**
 * Runs the authoring engine in a Web Worker and answers with a promise. Every browser the app
 * supports has workers; the engine is not bundled for the main thread as well, so the page
 * and the precache carry it once (in the worker).
 */
import type { ProposeResult } from './engine';
import type { IntakeOptions } from './intake';

export interface ProposeRequest {
	id: number;
	text: string;
	options?: IntakeOptions;
}

export type ProposeResponse =
	| { id: number; result: ProposeResult; error?: undefined }
	| { id: number; error: string; result?: undefined };

/** Proposals for `text`, computed off the main thread. */
export class Proposer {
	#worker: Worker | null = null;
	#next = 1;
	#pending = new Map<number, (r: ProposeResponse) => void>();

	/** Rejects when the worker cannot run (no workers, or its script failed to load). */
	async propose(text: string, options: IntakeOptions = {}): Promise<ProposeResult> {
		const worker = await this.#ensureWorker();
		const id = this.#next++;
		return new Promise<ProposeResult>((resolve, reject) => {
			this.#pending.set(id, (r) => {
				try {
					resolve(unwrap(r));
				} catch (e) {
					reject(e as Error);
				}
			});
			worker.postMessage({ id, text, options } satisfies ProposeRequest);
		});
	}

	/** Stops the worker (when leaving the authoring page). */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	async #ensureWorker(): Promise<Worker> {
		if (this.#worker) return this.#worker;
		if (typeof Worker === 'undefined') throw new Error('Web Workers are not available');
		const { default: ProposalWorker } = await import('./worker?worker');
		const worker = new ProposalWorker();
		worker.onmessage = (e: MessageEvent<ProposeResponse>) => {
			this.#pending.get(e.data.id)?.(e.data);
			this.#pending.delete(e.data.id);
		};
		worker.onerror = (e) => {
			e.preventDefault();
			for (const [id, settle] of this.#pending) settle({ id, error: e.message || 'worker failed' });
			this.#pending.clear();
			this.dispose();
		};
		this.#worker = worker;
		return worker;
	}
}

function unwrap(r: ProposeResponse): ProposeResult {
	if (r.result) return r.result;
	throw new Error(r.error);
}
