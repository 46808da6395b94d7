/**
 * Validation of a bank: the valibot schema first, then the rules a schema cannot express.
 * Every problem is reported as `<file>: <item id>: <rule>` so a teacher can find and fix it.
 *
 * Two forms: a bank with a source text (every item quotes it in `evidence`, found verbatim;
 * every question has an `explanation`), and a bank declaring `source: none` (imported from
 * another app): evidence and explanations are optional and quotes are not looked up.
 */
import * as v from 'valibot';
import { clozeGaps } from './cloze';
import { BankSchema } from './schema';
import { findQuote, hasSourceText, normaliseSpace, parseSource } from './source';
import type { Bank, EvidenceSpot, LoadedBank } from './types';

export interface BankProblem {
	/** Path of the bank file, e.g. `questions/x/bank.yaml`. */
	file: string;
	/** Id of the item at fault, or `bank` for the bank as a whole. */
	id: string;
	/** What is wrong, in words. */
	rule: string;
}

export function formatProblem(p: BankProblem): string {
	return `${p.file}: ${p.id}: ${p.rule}`;
}

export class BankError extends Error {
	constructor(readonly problems: BankProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'BankError';
	}
}

export type ValidationResult =
	{ ok: true; loaded: LoadedBank } | { ok: false; problems: BankProblem[] };

function quotesOf(evidence: string | string[] | undefined): string[] {
	if (evidence === undefined) return [];
	return Array.isArray(evidence) ? evidence : [evidence];
}

/** The id of the item a schema issue path points into, e.g. `questions[3]` → its `id`. */
function idAt(raw: unknown, path: v.IssuePathItem[] | undefined): string {
	if (!path || path.length < 2) return 'bank';
	const [list, index] = path;
	if (list?.key !== 'questions' && list?.key !== 'cards' && list?.key !== 'topics') return 'bank';
	const item = (raw as Record<string, unknown[]>)[list.key as string]?.[index?.key as number];
	const id = (item as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' ? id : `${String(list.key)}[${String(index?.key)}]`;
}

function fieldOf(path: v.IssuePathItem[] | undefined): string {
	if (!path) return '';
	const inner = path[0]?.key === 'questions' || path[0]?.key === 'cards' ? path.slice(2) : path;
	return inner.map((p) => String(p.key)).join('.');
}

/**
 * Validates a parsed bank object against its source text.
 * @param raw the bank as parsed from YAML
 * @param sourceText contents of the source file (ignored, and best '', for `source: none`)
 * @param file path used in messages
 * @param sourceName file name of the source, used in messages
 */
export function validateBank(
	raw: unknown,
	sourceText: string,
	file: string,
	sourceName = 'source.md'
): ValidationResult {
	const parsed = v.safeParse(BankSchema, raw);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.map((issue) => {
				const field = fieldOf(issue.path);
				return {
					file,
					id: idAt(raw, issue.path),
					rule: field ? `${field}: ${issue.message}` : issue.message
				};
			})
		};
	}
	const bank: Bank = parsed.output;
	const problems: BankProblem[] = [];
	const fail = (id: string, rule: string) => problems.push({ file, id, rule });
	const withText = hasSourceText(bank);
	const blocks = withText ? parseSource(sourceText) : [];
	const evidence: Record<string, EvidenceSpot[]> = {};
	const topicIds = new Set(bank.topics.map((t) => t.id));
	const seen = new Set<string>();

	if (new Set(bank.topics.map((t) => t.id)).size !== bank.topics.length) {
		fail('bank', 'identyfikatory tematów się powtarzają');
	}

	const items = [...bank.questions, ...bank.cards];
	for (const item of items) {
		if (seen.has(item.id)) fail(item.id, 'id is not unique (powtarza się w zestawie)');
		seen.add(item.id);
		for (const topic of item.topics) {
			if (!topicIds.has(topic)) fail(item.id, `topic "${topic}" is not defined in topics`);
		}
		if (!withText) continue;
		if (item.evidence === undefined) {
			fail(
				item.id,
				`evidence is missing: every item quotes ${sourceName} (or the bank declares source: none)`
			);
			continue;
		}
		const spots: EvidenceSpot[] = [];
		for (const quote of quotesOf(item.evidence)) {
			const block = findQuote(blocks, quote);
			if (block) spots.push({ anchor: block.anchor, quote: normaliseSpace(quote) });
			else fail(item.id, `evidence "${quote}" not found in ${sourceName}`);
		}
		evidence[item.id] = spots;
	}

	const questionIds = new Set(bank.questions.map((q) => q.id));
	for (const q of bank.questions) {
		if (withText && !q.explanation)
			fail(
				q.id,
				'explanation is missing: every question of a bank with a text explains its answer'
			);
		for (const other of q.excludes ?? []) {
			if (other === q.id) fail(q.id, 'excludes must not name the question itself');
			else if (!questionIds.has(other)) fail(q.id, `excludes: question "${other}" does not exist`);
		}
		switch (q.type) {
			case 'single':
			case 'multiple': {
				const correct = q.options.filter((o) => o.correct).length;
				if (q.type === 'single' && correct !== 1)
					fail(q.id, `single must have exactly one correct option (ma ${correct})`);
				if (q.type === 'multiple' && correct < 2)
					fail(q.id, `multiple must have at least two correct options (ma ${correct})`);
				const texts = q.options.map((o) => normaliseSpace(o.text).toLowerCase());
				if (new Set(texts).size !== texts.length) fail(q.id, 'options must be unique');
				break;
			}
			case 'match': {
				if (q.pairs.length < 3) fail(q.id, `match needs at least 3 pairs (ma ${q.pairs.length})`);
				const lefts = q.pairs.map((p) => p.left);
				const rights = q.pairs.map((p) => p.right);
				if (new Set(lefts).size !== lefts.length || new Set(rights).size !== rights.length)
					fail(q.id, 'match pairs must be unique on both sides');
				break;
			}
			case 'order':
				if (q.items.length < 3) fail(q.id, `order needs at least 3 items (ma ${q.items.length})`);
				if (new Set(q.items).size !== q.items.length) fail(q.id, 'order items must be unique');
				break;
			case 'numeric': {
				if (q.tolerance < 0) fail(q.id, 'numeric tolerance must be >= 0');
				// Without a text there may be no quotes to check the written forms against.
				if (q.evidence === undefined) break;
				const quoted = normaliseSpace(quotesOf(q.evidence).join(' '));
				for (const w of q.written ?? []) {
					if (!quoted.includes(normaliseSpace(w)))
						fail(q.id, `written "${w}" is not quoted in the evidence`);
				}
				break;
			}
			case 'cloze': {
				if (q.gaps.length < 1) fail(q.id, 'cloze needs at least 1 gap');
				const marks = clozeGaps(q.text);
				const expected = q.gaps.map((_, i) => i + 1);
				if (marks.length !== expected.length || expected.some((n) => !marks.includes(n)))
					fail(
						q.id,
						`cloze text must hold gaps {1}…{${q.gaps.length}}, each once (ma: ${marks.map((n) => `{${n}}`).join(', ') || 'brak'})`
					);
				break;
			}
			case 'short':
			case 'true-false':
				break;
		}
	}
	for (const c of bank.cards) {
		if (c.kind === 'cloze' && !c.front.includes('___'))
			fail(c.id, 'cloze card front must contain a gap "___"');
	}

	if (problems.length) return { ok: false, problems };
	return { ok: true, loaded: { bank, blocks, evidence } };
}
