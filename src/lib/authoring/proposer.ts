/**
 * Runs the authoring engine in a Web Worker and answers with a promise. Where workers are not
 * available the engine runs after the next frame, on the main thread (it takes well under a
 * second for the longest accepted text).
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

	async propose(text: string, options: IntakeOptions = {}): Promise<ProposeResult> {
		const worker = await this.#ensureWorker();
		const id = this.#next++;
		if (!worker) {
			await new Promise((r) => setTimeout(r, 0));
			const { answer } = await import('./worker');
			return unwrap(answer({ id, text, options }));
		}
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

	async #ensureWorker(): Promise<Worker | null> {
		if (this.#worker) return this.#worker;
		if (typeof Worker === 'undefined') return null;
		const { default: ProposalWorker } = await import('./worker?worker');
		const worker = new ProposalWorker();
		worker.onmessage = (e: MessageEvent<ProposeResponse>) => {
			this.#pending.get(e.data.id)?.(e.data);
			this.#pending.delete(e.data.id);
		};
		this.#worker = worker;
		return worker;
	}
}

function unwrap(r: ProposeResponse): ProposeResult {
	if (r.result) return r.result;
	throw new Error(r.error);
}
