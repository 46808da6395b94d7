import { describe, expect, it } from 'vitest';
import { defaultOptions, selectQuestions as engineSelect } from '../../src/lib/quiz/select';
import { rngFromSeed } from '../../src/lib/quiz/rng';
import type { Question } from '../../src/lib/quiz/types';
import {
	checkAgainstBank,
	decodeConfig,
	encodeConfig,
	quizLink,
	selectQuestions,
	seededRandom,
	studentOptions,
	studentSeed,
	type ClassroomConfig
} from '../../src/lib/classroom/config';
import {
	MAX_PACKED_CHARS,
	crc32,
	fromBase64Url,
	pack,
	toBase64Url
} from '../../src/lib/classroom/codec';

const config: ClassroomConfig = {
	v: 1,
	quizId: 'mhx1abc123',
	title: 'Kartkówka z Kazachstanu — klasa 2b, źdźbło',
	bankId: 'kazachstan-2022-11',
	questionIds: ['q-pierwsza-wizyta', 'q-granica', 'q-komiersant', 'q-trasa-tokajewa'],
	seed: 'ab12cd34',
	mode: 'exam',
	timeLimitMinutes: 15,
	shuffle: true
};

const BROKEN = 'Link jest uszkodzony lub niepełny';

/** Replaces the character at `i` with another base64url character. */
function flip(code: string, i: number): string {
	const c = code[i] === 'A' ? 'B' : 'A';
	return code.slice(0, i) + c + code.slice(i + 1);
}

describe('share-link configuration', () => {
	it('round-trips through the link text, which is URL-safe', async () => {
		const code = await encodeConfig(config);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeConfig(code)).toEqual({ ok: true, value: config });
		const link = quizLink('https://szkola.example/kartkowka', code);
		expect(link).toBe(`https://szkola.example/kartkowka/classroom/quiz#${code}`);
		expect(await decodeConfig(link)).toEqual({ ok: true, value: config });
	});

	it('rejects every truncation of a link as broken', async () => {
		const code = await encodeConfig(config);
		for (const len of [0, 5, 10, code.length - 20, code.length - 1]) {
			expect(await decodeConfig(code.slice(0, len)), `length ${len}`).toEqual({
				ok: false,
				reason: BROKEN
			});
		}
	});

	it('rejects a link with any single character changed (checksum)', async () => {
		const code = await encodeConfig(config);
		for (let i = 0; i < code.length; i++) {
			const result = await decodeConfig(flip(code, i));
			// The last character may carry unused padding bits; flipping them may keep the bytes.
			if (result.ok) {
				expect(fromBase64Url(flip(code, i))).toEqual(fromBase64Url(code));
				continue;
			}
			expect(result, `position ${i}`).toEqual({ ok: false, reason: BROKEN });
		}
	});

	it('rejects foreign characters and garbage', async () => {
		expect(await decodeConfig('to nie jest link!!')).toEqual({ ok: false, reason: BROKEN });
		expect(await decodeConfig('#')).toEqual({ ok: false, reason: BROKEN });
		expect(await decodeConfig('AAAAAAAAAAAAAAAA')).toEqual({ ok: false, reason: BROKEN });
	});

	it('rejects a tampered payload with a recomputed checksum when it fails the schema', async () => {
		const tampered = await pack('config', { ...config, mode: 'turbo' });
		expect(await decodeConfig(tampered)).toEqual({ ok: false, reason: BROKEN });
		const dup = await pack('config', { ...config, questionIds: ['q-granica', 'q-granica'] });
		expect(await decodeConfig(dup)).toEqual({ ok: false, reason: BROKEN });
		const extra = await pack('config', { ...config, admin: true });
		expect(await decodeConfig(extra)).toEqual({ ok: false, reason: BROKEN });
	});

	it('asks for a newer app when the link comes from a newer version', async () => {
		const newer = await pack('config', { ...config, v: 2, somethingNew: [1, 2] });
		expect(await decodeConfig(newer)).toEqual({
			ok: false,
			reason: 'Ten quiz wymaga nowszej wersji aplikacji'
		});
	});

	it('rejects oversized input before decompressing it', async () => {
		const huge = 'A'.repeat(MAX_PACKED_CHARS + 1);
		expect(await decodeConfig(huge)).toEqual({
			ok: false,
			reason: 'Dane są za długie — to nie jest link ani kod z Kartkówki'
		});
		// A small link that inflates to megabytes ("zip bomb") is stopped while inflating.
		const bomb = await pack('config', { ...config, title: 'x'.repeat(3_000_000) });
		expect(bomb.length).toBeLessThan(MAX_PACKED_CHARS);
		expect(await decodeConfig(bomb)).toEqual({
			ok: false,
			reason: 'Dane są za długie — to nie jest link ani kod z Kartkówki'
		});
	});

	it('tells a result code from a link', async () => {
		const result = await pack('result', { v: 1 });
		expect(await decodeConfig(result)).toEqual({
			ok: false,
			reason: 'To jest kod wyniku, a nie link do quizu'
		});
	});

	it('names a question missing from the bank, or a missing bank', () => {
		const banks = [
			{
				id: 'kazachstan-2022-11',
				questions: [{ id: 'q-pierwsza-wizyta' }, { id: 'q-granica' }, { id: 'q-komiersant' }]
			}
		];
		expect(checkAgainstBank(config, banks)).toBe('W zestawie nie ma pytania q-trasa-tokajewa');
		expect(checkAgainstBank({ ...config, questionIds: ['q-granica'] }, banks)).toBeNull();
		expect(checkAgainstBank({ ...config, bankId: 'inny' }, banks)).toBe(
			'Nie ma zestawu inny — zaktualizuj aplikację'
		);
	});
});

describe('per-student order and selection', () => {
	it('gives every student the same questions, in their own stable order when shuffled', () => {
		const order = (name: string) =>
			engineSelect(
				config.questionIds.map(
					(id) => ({ id, type: 'short', topics: ['t'] }) as unknown as Question
				),
				{ ...defaultOptions(), count: 'all', questionIds: config.questionIds },
				studentSeed(config, name)
			).questions.map((q) => q.id);
		const a = order('Ania');
		expect([...a].sort()).toEqual([...config.questionIds].sort());
		expect(order(' ania ')).toEqual(a);
		const orders = new Set(
			['Ania', 'Bartek', 'Celina', 'Darek', 'Ela', 'Franek'].map((n) => order(n).join())
		);
		expect(orders.size).toBeGreaterThan(1);
		expect(studentSeed(config, 'Żaneta Łoś')).toBe('ab12cd34:zaneta los');
		const fixed = { ...config, shuffle: false };
		expect(studentSeed(fixed, 'Bartek')).toBe('ab12cd34');
		expect(studentSeed(fixed, 'Ania')).toBe('ab12cd34');
	});

	it('selects only matching questions, in bank order, at most `count`', () => {
		const qs = [
			{ id: 'a', type: 'single', topics: ['rosja'], difficulty: 1 },
			{ id: 'b', type: 'short', topics: ['chiny'], difficulty: 1 },
			{ id: 'c', type: 'single', topics: ['chiny', 'rosja'], difficulty: 1 },
			{ id: 'd', type: 'numeric', topics: ['rosja'], difficulty: 1 },
			{ id: 'e', type: 'single', topics: ['polska'], difficulty: 1 }
		];
		const all = selectQuestions(
			qs,
			{ topics: ['rosja', 'chiny'], types: ['single', 'short'], count: 10 },
			seededRandom('x')
		);
		expect(all.map((q) => q.id)).toEqual(['a', 'b', 'c']);
		const two = selectQuestions(
			qs,
			{ topics: ['rosja', 'chiny'], types: ['single', 'short'], count: 2 },
			seededRandom('x')
		);
		expect(two).toHaveLength(2);
		expect(two.every((q) => ['a', 'b', 'c'].includes(q.id))).toBe(true);
		expect(qs.map((q) => q.id).filter((id) => two.some((q) => q.id === id))).toEqual(
			two.map((q) => q.id)
		);
	});
});

describe('student options', () => {
	it('runs exactly the configured questions with its mode and limit, answers shuffled', () => {
		expect(studentOptions(config)).toEqual({
			count: 'all',
			topics: [],
			types: [],
			difficulties: [],
			mode: 'exam',
			timeLimitMinutes: 15,
			shuffleOptions: true,
			questionIds: config.questionIds
		});
	});

	it('draws with the quiz engine: the same seed gives the same numbers', () => {
		const ours = seededRandom('ab12cd34');
		const engine = rngFromSeed('ab12cd34');
		expect([ours(), ours(), ours()]).toEqual([engine(), engine(), engine()]);
	});

	it('ticking no topic or no type selects nothing', () => {
		const qs = [{ id: 'a', type: 'single', topics: ['rosja'], difficulty: 1 }];
		const none = (topics: string[], types: string[]) =>
			selectQuestions(qs, { topics, types, count: 5 }, seededRandom('x'));
		expect(none([], ['single'])).toEqual([]);
		expect(none(['rosja'], [])).toEqual([]);
		expect(none(['rosja'], ['single'])).toEqual(qs);
	});
});

describe('codec primitives', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('base64url round-trips any bytes', () => {
		for (let len = 0; len < 20; len++) {
			const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 97 + len * 31) & 0xff);
			expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
		}
		expect(toBase64Url(Uint8Array.from([251, 255]))).toBe('-_8');
	});
});

describe('classroom selection and declared pairs', () => {
	it('never puts both questions of a declared pair into a classroom quiz', async () => {
		const { loadBankDir } = await import('../../src/lib/bank/fs');
		const { bank } = loadBankDir(process.cwd(), 'kazachstan-2022-11');
		const questions = bank.questions as unknown as Question[];
		const topics = bank.topics.map((t) => t.id);
		const types = [...new Set(questions.map((q) => q.type))];
		const offending: string[] = [];
		for (let i = 0; i < 100; i++) {
			const picked = selectQuestions(
				questions,
				{ topics, types, count: 10 + (i % 50) },
				rngFromSeed(`klasa-${i}`)
			);
			const ids = new Set(picked.map((q) => q.id));
			for (const q of picked) {
				for (const other of q.excludes ?? [])
					if (ids.has(other)) offending.push(`${q.id}+${other}`);
			}
		}
		expect(offending).toEqual([]);
	});
});
