/**
 * Aiken (docs.moodle.org/en/Aiken_format): a question on one line, options `A.` or `A)`, then
 * `ANSWER: B`. Choice questions only; `ANSWER: A, C` (several right) is read too.
 */
import { ImportCollector } from './conform';
import { collapseSpace, excerpt, normaliseNewlines } from './text';
import type { ExportResult, ImportResult, InteropBank, InteropNote } from './types';

const OPTION = /^([A-Za-z])[.)]\s*(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

interface Draft {
	line: number;
	prompt: string;
	options: { letter: string; text: string }[];
}

/** Reads an Aiken file; a broken question is named by its line and left out. */
export function parseAiken(source: string, title?: string): ImportResult {
	const out = new ImportCollector('aiken', title);
	let draft: Draft | undefined;
	let broken = false;
	const where = (d: Draft) => `pytanie w wierszu ${d.line} ${excerpt(d.prompt)}`;
	const lines = normaliseNewlines(source).split('\n');
	lines.forEach((raw, i) => {
		const line = raw.trim();
		const n = i + 1;
		if (!line) {
			if (draft && !broken)
				out.error(where(draft), 'brak wiersza „ANSWER:” z poprawną odpowiedzią');
			draft = undefined;
			broken = false;
			return;
		}
		if (broken) return;
		if (!draft) {
			draft = { line: n, prompt: line, options: [] };
			return;
		}
		const answer = ANSWER.exec(line);
		if (answer) {
			const letters = answer[1]!
				.split(/[\s,;]+/)
				.filter(Boolean)
				.map((l) => l.toUpperCase());
			const known = new Set(draft.options.map((o) => o.letter));
			const unknown = letters.filter((l) => !known.has(l));
			if (!letters.length)
				out.error(`wiersz ${n}`, 'wiersz „ANSWER:” nie podaje litery odpowiedzi');
			else if (unknown.length)
				out.error(
					`wiersz ${n}`,
					`odpowiedź ${unknown.join(', ')} nie występuje wśród odpowiedzi pytania`
				);
			else {
				const options = draft.options.map((o) => ({
					text: o.text,
					correct: letters.includes(o.letter)
				}));
				out.addQuestion(
					where(draft),
					{
						type: letters.length > 1 ? 'multiple' : 'single',
						prompt: draft.prompt,
						options
					},
					[]
				);
			}
			draft = undefined;
			return;
		}
		const option = OPTION.exec(line);
		if (option && option[2]) {
			draft.options.push({ letter: option[1]!.toUpperCase(), text: option[2] });
		} else if (!draft.options.length) {
			draft.prompt += ` ${line}`;
		} else {
			out.error(
				`wiersz ${n}`,
				`oczekiwano odpowiedzi „${String.fromCharCode(65 + draft.options.length)}.” albo wiersza „ANSWER:”`
			);
			broken = true;
		}
	});
	if (draft && !broken) out.error(where(draft), 'brak wiersza „ANSWER:” z poprawną odpowiedzią');
	if (!out.itemCount && !out.errors.length)
		out.error('plik', 'plik nie zawiera żadnego pytania w formacie Aiken');
	return out.result();
}

/** Writes the bank's single-answer questions as Aiken; every other item is left out and counted. */
export function exportAiken(bank: InteropBank): ExportResult {
	const leftOut: InteropNote[] = [];
	const blocks: string[] = [];
	for (const q of bank.questions) {
		if (q.type !== 'single') {
			leftOut.push({
				where: q.id,
				reason: 'Aiken zapisuje tylko pytania jednokrotnego wyboru',
				kind: q.type
			});
			continue;
		}
		if (q.options.length > 26) {
			leftOut.push({ where: q.id, reason: 'więcej niż 26 odpowiedzi', kind: q.type });
			continue;
		}
		const letter = (i: number) => String.fromCharCode(65 + i);
		const right = q.options.findIndex((o) => o.correct);
		blocks.push(
			[
				collapseSpace(q.prompt),
				...q.options.map((o, i) => `${letter(i)}. ${collapseSpace(o.text)}`),
				`ANSWER: ${letter(right)}`
			].join('\n')
		);
	}
	for (const c of bank.cards)
		leftOut.push({ where: c.id, reason: 'Aiken nie ma fiszek', kind: 'fiszka' });
	return {
		format: 'aiken',
		fileName: `${bank.id}.aiken.txt`,
		mimeType: 'text/plain;charset=utf-8',
		data: blocks.join('\n\n') + '\n',
		leftOut,
		notes: []
	};
}
