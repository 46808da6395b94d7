/**
 * Web Worker running the authoring engine off the main thread, so a long text never freezes
 * the page. Load it with Vite's `?worker` import (see `proposer.ts`).
 */
import { proposeText } from './engine';
import type { ProposeRequest, ProposeResponse } from './proposer';

/** Answers one request; separate from the worker glue so it can be tested in Node. */
export function answer(request: ProposeRequest): ProposeResponse {
	try {
		return { id: request.id, result: proposeText(request.text, request.options) };
	} catch (e) {
		return { id: request.id, error: (e as Error).message };
	}
}

const scope = globalThis as unknown as {
	onmessage: ((e: MessageEvent<ProposeRequest>) => void) | null;
	postMessage: (message: ProposeResponse) => void;
};
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
	scope.onmessage = (e) => scope.postMessage(answer(e.data));
}
