/**
 * The authoring engine's entry point: a pasted text in, proposals (or the problem with the
 * text) out. Pure and synchronous; `worker.ts` runs it off the main thread.
 */
import { intake, type IntakeOptions, type IntakeProblem } from './intake';
import { proposeFromBlocks } from './propose';
import type { Proposals } from './types';

export type ProposeResult =
	{ ok: true; proposals: Proposals; fromHtml: boolean } | { ok: false; problem: IntakeProblem };

/** Proposals for a pasted text (plain text, Markdown headings or HTML). */
export function proposeText(raw: string, options: IntakeOptions = {}): ProposeResult {
	const taken = intake(raw, options);
	if (!taken.ok) return taken;
	const { sourceText, blocks, fromHtml } = taken.value;
	return { ok: true, proposals: proposeFromBlocks(sourceText, blocks), fromHtml };
}
