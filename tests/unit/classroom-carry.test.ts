import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/bank/types';
import {
	MAX_CARRIED_LINK_CHARS,
	QR_ERROR_CORRECTION,
	QR_MAX_VERSION,
	carriedQuestion,
	fitsInQr
} from '../../src/lib/classroom/carry';
import { pack, packedKind } from '../../src/lib/classroom/codec';
import { largestFitting, shareCode } from '../../src/lib/classroom/share';
import {
	decodeConfig,
	encodeConfig,
	quizLink,
	withCarriedQuestions,
	withoutCarriedQuestions,
	type IdConfig
} from '../../src/lib/classroom/config';
import { realBank } from './banks-fixtures';
import { all } from './quiz-fixtures';

const APP = 'https://szkola.example/kartkowka';

const idConfig: IdConfig = {
	v: 1,
	quizId: 'mhx1abc123',
	title: 'Rzeki — klasa 2b',
	bankId: 'moj-rzeki',
	questionIds: all.map((q) => q.id),
	seed: 'ab12cd34',
	mode: 'practice',
	timeLimitMinutes: 0,
	shuffle: true
};
const topics = [
	{ id: 'rosja', label: 'Rosja' },
	{ id: 'nieuzywany', label: 'Nieużywany' },
	{ id: 'wojna', label: 'Wojna' },
	{ id: 'europa', label: 'Europa' },
	{ id: 'gospodarka', label: 'Gospodarka' }
];

const BROKEN = 'Link jest uszkodzony lub niepełny';

/** What a link made by `withCarriedQuestions` reads back as: evidence is the question's id. */
function asRead(questions: readonly Question[]): Question[] {
	return questions.map((q) => {
		const out = { ...q, evidence: q.id } as Question & { excludes?: string[] };
		delete out.excludes;
		return out;
	});
}

/** A carried link's JSON as `encodeConfig` writes it, for hand-made broken variants. */
function wire(questions: unknown[], extra: Record<string, unknown> = {}) {
	return {
		v: 2,
		quizId: idConfig.quizId,
		title: idConfig.title,
		bankId: idConfig.bankId,
		seed: idConfig.seed,
		mode: idConfig.mode,
		timeLimitMinutes: 0,
		shuffle: true,
		bank: { title: 'Rzeki', topics, questions },
		...extra
	};
}

describe('the QR limit of links carrying questions', () => {
	it('is what the QR encoder fits in version 30 at level M', () => {
		expect([QR_MAX_VERSION, QR_ERROR_CORRECTION]).toEqual([30, 'M']);
		const link = (n: number) => `${APP}/classroom/quiz#`.padEnd(n, 'Qx-_9');
		const fits = (n: number) => {
			const qr = qrcode(QR_MAX_VERSION, QR_ERROR_CORRECTION);
			qr.addData(link(n));
			try {
				qr.make();
				return true;
			} catch {
				return false;
			}
		};
		expect(fits(MAX_CARRIED_LINK_CHARS)).toBe(true);
		expect(fits(MAX_CARRIED_LINK_CHARS + 1)).toBe(false);
		expect(fitsInQr(link(MAX_CARRIED_LINK_CHARS))).toBe(true);
		expect(fitsInQr(link(MAX_CARRIED_LINK_CHARS + 1))).toBe(false);
	});
});

describe('links carrying their questions', () => {
	it('round-trip: the student reads exactly the chosen questions, evidence left home', async () => {
		// The bank's order differs from the quiz's: the link keeps the quiz's.
		const bank = { title: 'Rzeki', topics, questions: [...all].reverse() };
		const carried = withCarriedQuestions(idConfig, bank);
		const code = await encodeConfig(carried);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeConfig(quizLink(APP, code))).toEqual({
			ok: true,
			value: {
				...idConfig,
				v: 2,
				bank: {
					title: 'Rzeki',
					topics: topics.filter((t) => t.id !== 'nieuzywany'),
					questions: asRead(all)
				}
			}
		});
	});
});

describe('malformed links carrying questions', () => {
	const decodeWire = async (value: unknown) => decodeConfig(await pack('carried', value));
	const good = all.map(carriedQuestion);

	it('accepts the hand-made wire form of a good link', async () => {
		const read = await decodeWire(wire(good));
		expect(read.ok && read.value.questionIds).toEqual(all.map((q) => q.id));
	});

	it('rejects a link with one bad question whole, naming it and the rule in Polish', async () => {
		const twoRight = {
			...good[0],
			options: [
				{ text: 'Do Moskwy', correct: true },
				{ text: 'Do Paryża', correct: true }
			]
		};
		const cases: [unknown[], string][] = [
			[
				[twoRight, ...good.slice(1)],
				'Link jest uszkodzony — pytanie q-single: pytanie jednokrotnego wyboru musi mieć dokładnie jedną poprawną odpowiedź (ma 2)'
			],
			[
				[...good.slice(0, 2), { ...good[2], topics: ['kosmos'] }],
				'Link jest uszkodzony — pytanie q-tf: temat „kosmos” nie jest opisany w topics'
			],
			[
				[{ ...good[0], prompt: '   ' }],
				'Link jest uszkodzony — pytanie q-single: pole prompt: pole nie może być puste'
			],
			[
				[good[0], good[0]],
				'Link jest uszkodzony — pytanie q-single: ten identyfikator powtarza się w zestawie'
			],
			[
				[{ ...good[7], text: 'Bez luk.' }],
				'Link jest uszkodzony — pytanie q-order: nieznane pole "text" (w text)'
			]
		];
		for (const [questions, reason] of cases) {
			expect(await decodeWire(wire(questions))).toEqual({ ok: false, reason });
		}
	});

	it('rejects links whose settings are broken, and ones from a newer app', async () => {
		expect(await decodeWire(wire([]))).toEqual({ ok: false, reason: BROKEN });
		expect(await decodeWire(wire(good, { bankId: 'kazachstan-2022-11' }))).toEqual({
			ok: false,
			reason: BROKEN
		});
		expect(await decodeWire(wire(good, { questionIds: ['q-single'] }))).toEqual({
			ok: false,
			reason: BROKEN
		});
		expect(await decodeWire(wire(good, { v: 1 }))).toEqual({ ok: false, reason: BROKEN });
		expect(await decodeWire([1, 2, 3])).toEqual({ ok: false, reason: BROKEN });
		expect(await decodeWire(wire(good, { v: 3 }))).toEqual({
			ok: false,
			reason: 'Ten quiz wymaga nowszej wersji aplikacji'
		});
	});

	it('reads a link as nothing but the kind its first byte names', async () => {
		const carried = await encodeConfig(
			withCarriedQuestions(idConfig, { title: 'R', topics, questions: all })
		);
		expect([packedKind(carried), packedKind(await encodeConfig(idConfig)), packedKind('')]).toEqual(
			['carried', 'config', null]
		);
		expect(
			withoutCarriedQuestions(
				withCarriedQuestions(idConfig, { title: 'R', topics, questions: all })
			)
		).toEqual(idConfig);
	});
});

describe('which link a new quiz gets', () => {
	const linkFor = (code: string) => quizLink(APP, code);
	const bank = { title: 'Rzeki', topics, questions: all };

	it('names questions by id for a built-in bank', async () => {
		const builtIn = { ...idConfig, bankId: 'kazachstan-2022-11' };
		expect(await shareCode(builtIn, bank, linkFor)).toEqual({
			code: await encodeConfig(builtIn),
			carried: false,
			tooBig: null
		});
	});

	it("carries the questions of a bank of the teacher's own when they fit", async () => {
		const shared = await shareCode(idConfig, bank, linkFor);
		expect(shared).toEqual({
			code: await encodeConfig(withCarriedQuestions(idConfig, bank)),
			carried: true,
			tooBig: null
		});
		expect(fitsInQr(linkFor(shared.code))).toBe(true);
	});

	it('names them by id and says how many would fit when they do not', async () => {
		const { bank: real } = realBank().loaded;
		const config = { ...idConfig, questionIds: real.questions.slice(0, 10).map((q) => q.id) };
		const shared = await shareCode(config, real, linkFor);
		const carriedLength = async (n: number) =>
			linkFor(
				await encodeConfig(
					withCarriedQuestions({ ...config, questionIds: config.questionIds.slice(0, n) }, real)
				)
			).length;
		expect(shared).toEqual({
			code: await encodeConfig(config),
			carried: false,
			tooBig: { chars: await carriedLength(10), limit: MAX_CARRIED_LINK_CHARS, fit: 4 }
		});
		expect(await carriedLength(4)).toBeLessThanOrEqual(MAX_CARRIED_LINK_CHARS);
		expect(await carriedLength(5)).toBeGreaterThan(MAX_CARRIED_LINK_CHARS);
	});

	it('finds the largest count that fits by halving', async () => {
		const asked: number[] = [];
		const fits = async (n: number) => {
			asked.push(n);
			return n <= 6;
		};
		expect(await largestFitting(20, fits)).toBe(6);
		expect(asked.length).toBeLessThanOrEqual(5);
		expect(await largestFitting(0, fits)).toBe(0);
		expect(await largestFitting(5, async () => false)).toBe(0);
		expect(await largestFitting(5, async () => true)).toBe(5);
	});
});

describe('how many questions of the built-in bank a QR code carries', () => {
	it('fits its first questions up to the limit, with explanations', async () => {
		const { loaded } = realBank();
		const { bank } = loaded;
		const sizes: number[] = [];
		for (let n = 1; n <= 12; n++) {
			const questions = bank.questions.slice(0, n);
			const config = withCarriedQuestions(
				{ ...idConfig, questionIds: questions.map((q) => q.id) },
				bank
			);
			sizes.push(quizLink(APP, await encodeConfig(config)).length);
		}
		const idOnly = quizLink(
			APP,
			await encodeConfig({ ...idConfig, questionIds: bank.questions.slice(0, 12).map((q) => q.id) })
		).length;
		console.log('carried link chars for 1…12 questions', sizes.join(' '), 'id-only 12:', idOnly);
		expect(sizes.filter((s) => s <= MAX_CARRIED_LINK_CHARS).length).toBeGreaterThanOrEqual(3);
	});
});
