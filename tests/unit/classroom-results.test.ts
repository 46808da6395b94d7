import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { pack } from '../../src/lib/classroom/codec';
import type { ClassroomConfig } from '../../src/lib/classroom/config';
import { BOM, reportToCsv } from '../../src/lib/classroom/csv';
import { qrPath, qrSvgMarkup } from '../../src/lib/classroom/qr';
import {
	buildReport,
	countFlags,
	decodeAll,
	excerpt,
	importResults,
	normalizeCode
} from '../../src/lib/classroom/report';
import { classroomText } from '../../src/lib/classroom/strings';
import {
	codeFromFile,
	decodeResult,
	encodeResult,
	resultFile,
	resultFileName,
	resultFromAttempt,
	splitCodes,
	type ClassroomResult
} from '../../src/lib/classroom/result';

const config: ClassroomConfig = {
	v: 1,
	quizId: 'quiz0001',
	title: 'Kazachstan',
	bankId: 'kazachstan-2022-11',
	questionIds: ['q-a', 'q-b', 'q-c'],
	seed: 's',
	mode: 'exam',
	timeLimitMinutes: 0,
	shuffle: false
};

const FINISHED = Date.UTC(2026, 10, 24, 20, 5);

function result(
	name: string,
	scores: [number, number, number],
	extra: Partial<ClassroomResult> = {}
): ClassroomResult {
	return {
		v: 1,
		quizId: 'quiz0001',
		name,
		answers: { 'q-a': 0, 'q-b': scores[1] ? 'Komiersant' : null, 'q-c': [2, 0, 1] },
		scores: { 'q-a': scores[0], 'q-b': scores[1], 'q-c': scores[2] },
		score: scores[0] + scores[1] + scores[2],
		maxScore: 3,
		durationMs: 95_400,
		finishedAt: FINISHED,
		...extra
	};
}

describe('result codes', () => {
	it('round-trip, also through the result file and with whitespace from pasting', async () => {
		const r = result('Zoë Łukasik-Żółć', [1, 0.5, 0]);
		const code = await encodeResult(r);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeResult(code)).toEqual({ ok: true, value: r });
		expect(await decodeResult(`  ${code.slice(0, 10)}\n${code.slice(10)} `)).toEqual({
			ok: true,
			value: r
		});
		const file = resultFile(r, code, 'Kazachstan');
		expect(JSON.parse(file)).toEqual({
			format: 'kartkowka-wynik',
			v: 1,
			quiz: 'Kazachstan',
			name: 'Zoë Łukasik-Żółć',
			score: 1.5,
			maxScore: 3,
			finishedAt: '2026-11-24T20:05:00.000Z',
			code
		});
		expect(codeFromFile(file)).toEqual({ ok: true, value: code });
		expect(codeFromFile(`${code}\n`)).toEqual({ ok: true, value: code });
		expect(codeFromFile('{"a":1}')).toEqual({
			ok: false,
			reason: 'Plik nie jest plikiem wyniku z Kartkówki'
		});
		expect(codeFromFile('zwykły tekst')).toEqual({
			ok: false,
			reason: 'Plik nie jest plikiem wyniku z Kartkówki'
		});
		expect(resultFileName(r)).toBe('wynik-zoe-lukasik-zolc-quiz0001.json');
	});

	it('rejects truncated, tampered and impossible results', async () => {
		const code = await encodeResult(result('Ala', [1, 1, 1]));
		const broken = { ok: false, reason: 'Kod wyniku jest uszkodzony lub niepełny' };
		expect(await decodeResult(code.slice(0, -3))).toEqual(broken);
		const i = Math.floor(code.length / 2);
		expect(
			await decodeResult(code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1))
		).toEqual(broken);
		// Checksum recomputed, but a score above the maximum is not a result this app writes.
		expect(
			await decodeResult(await pack('result', { ...result('Ala', [1, 1, 1]), score: 7 }))
		).toEqual(broken);
		expect(await decodeResult(await pack('config', config))).toEqual({
			ok: false,
			reason: 'To jest link do quizu, a nie kod wyniku'
		});
	});

	it('is made from a finished attempt, keeping answers and scores as they are', async () => {
		const attempt = {
			id: 'attempt-1',
			bankId: 'kazachstan-2022-11',
			answers: { 'q-a': 2, 'q-b': 'Komiersant', 'q-c': [1, null, 0] },
			scores: { 'q-a': 1, 'q-b': 1, 'q-c': 0.5 },
			score: 2.5,
			maxScore: 3,
			startedAt: FINISHED - 95_400,
			durationMs: 95_400,
			finishedAt: FINISHED
		};
		const r = resultFromAttempt(attempt, 'quiz0001', '  Ola ');
		expect(r).toEqual({
			v: 1,
			quizId: 'quiz0001',
			name: 'Ola',
			answers: attempt.answers,
			scores: attempt.scores,
			score: 2.5,
			maxScore: 3,
			durationMs: 95_400,
			finishedAt: FINISHED
		});
		expect(await decodeResult(await encodeResult(r))).toEqual({ ok: true, value: r });
	});

	it('splits pasted codes one per line', () => {
		expect(splitCodes('abc\r\n\n  def  \n')).toEqual(['abc', 'def']);
	});
});

describe('class report', () => {
	it('aggregates per student and per question, flagging other quizzes, duplicates and bad codes', async () => {
		const ala = await encodeResult(result('Ala', [1, 0, 1]));
		const bartek = await encodeResult(result('Bartek', [1, 0, 0], { durationMs: 60_000 }));
		const celina = await encodeResult(result('Celina', [1, 1, 0.5]));
		const alaAgain = await encodeResult(result(' ala ', [1, 1, 1], { finishedAt: FINISHED + 1 }));
		const other = await encodeResult(result('Darek', [1, 1, 1], { quizId: 'quiz0002' }));
		const fewer = await encodeResult({
			...result('Ewa', [1, 1, 1]),
			scores: { 'q-a': 1, 'q-b': 1 },
			answers: {},
			score: 2,
			maxScore: 2
		});
		const imported = await decodeAll([celina, ala, bartek, ala, alaAgain, other, fewer, 'zepsuty']);
		const report = buildReport(config, imported, { quiz0002: 'Chiny' });

		expect(report.students.map((s) => [s.name, s.score, Math.round(s.percent)])).toEqual([
			['Ala', 2, 67],
			['Bartek', 1, 33],
			['Celina', 2.5, 83]
		]);
		expect(report.questions).toEqual([
			{ id: 'q-b', position: 2, share: 1 / 3, correct: 1, unanswered: 2 },
			{ id: 'q-c', position: 3, share: 0.5, correct: 1, unanswered: 0 },
			{ id: 'q-a', position: 1, share: 1, correct: 3, unanswered: 0 }
		]);
		expect(report.averagePercent).toBeCloseTo(((2 + 1 + 2.5) / 9) * 100, 10);
		expect(report.distribution).toEqual([
			{ label: '0–19%', from: 0, count: 0 },
			{ label: '20–39%', from: 20, count: 1 },
			{ label: '40–59%', from: 40, count: 0 },
			{ label: '60–79%', from: 60, count: 1 },
			{ label: '80–100%', from: 80, count: 1 }
		]);
		const start = (code: string) => `${code.slice(0, 23)}…`;
		expect(report.flagged).toEqual([
			{
				source: start(ala),
				name: 'Ala',
				kind: 'duplicate',
				reason: 'Ten sam wynik zaimportowano już wcześniej'
			},
			{
				source: start(alaAgain),
				name: 'ala',
				kind: 'sameName',
				reason: 'Drugi wynik ucznia o tym samym imieniu'
			},
			{
				source: start(other),
				name: 'Darek',
				kind: 'otherQuiz',
				reason: 'Wynik innego quizu („Chiny”)'
			},
			{
				source: start(fewer),
				name: 'Ewa',
				kind: 'wrongQuestions',
				reason: 'Wynik nie pasuje do pytań tego quizu'
			},
			{
				source: 'zepsuty',
				name: null,
				kind: 'unreadable',
				reason: 'Kod wyniku jest uszkodzony lub niepełny'
			}
		]);
	});

	it('has no average and empty buckets without results', () => {
		const report = buildReport(config, []);
		expect(report.averagePercent).toBeNull();
		expect(report.students).toEqual([]);
		expect(report.distribution.map((b) => b.count)).toEqual([0, 0, 0, 0, 0]);
		expect(report.questions.map((q) => q.id)).toEqual(['q-a', 'q-b', 'q-c']);
	});
});

describe('CSV export', () => {
	it('starts with a BOM, keeps Polish letters, uses either separator and decimal style', async () => {
		const imported = await decodeAll([
			await encodeResult(result('Żaneta Łoś', [1, 0.5, 0])),
			await encodeResult(result('=HYPERLINK("x")', [0, 0, 0]))
		]);
		const report = buildReport(config, imported);
		const semi = reportToCsv(report, config.questionIds, ';', 'Europe/Warsaw');
		expect(semi.startsWith(BOM)).toBe(true);
		expect(semi.slice(1).split('\r\n')).toEqual([
			'Uczeń;Wynik;Maksimum;Procent;Czas (s);Zakończono;1. q-a;2. q-b;3. q-c',
			`"'=HYPERLINK(""x"")";0;3;0;95;2026-11-24 21:05;0;0;0`,
			'Żaneta Łoś;1,5;3;50;95;2026-11-24 21:05;1;0,5;0'
		]);
		const comma = reportToCsv(report, config.questionIds, ',', 'UTC');
		expect(comma.startsWith(BOM)).toBe(true);
		const parsed = Papa.parse<string[]>(comma.slice(1), { delimiter: ',' }).data;
		expect(parsed[2]).toEqual([
			'Żaneta Łoś',
			'1.5',
			'3',
			'50',
			'95',
			'2026-11-24 20:05',
			'1',
			'0.5',
			'0'
		]);
		// The bytes Excel reads: UTF-8 with the BOM EF BB BF first.
		expect([...new TextEncoder().encode(semi).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});

describe('QR code', () => {
	it('draws a square code with a quiet zone that grows with the data', () => {
		const small = qrPath('https://szkola.example/classroom/quiz#abc');
		// 43 bytes at level M need version 3: 29 modules, plus 4 on each side.
		expect(small.size).toBe(29 + 8);
		expect(small.path).toMatch(/^M4 4h7v1h-7z/);
		const big = qrPath('https://szkola.example/classroom/quiz#' + 'x'.repeat(300));
		expect(big.size).toBeGreaterThan(small.size);
		const svg = qrSvgMarkup('abc', 'Kod „<quiz>”');
		expect(svg).toContain('role="img" aria-label="Kod „&#60;quiz&#62;”"');
	});
});

describe('adding results', () => {
	it('keeps exactly the results that count, whitespace removed, and says why the others do not', async () => {
		const ala = await encodeResult(result('Ala', [1, 0, 1]));
		const bartek = await encodeResult(result('Bartek', [1, 0, 0]));
		const alaAgain = await encodeResult(result('ALA', [1, 1, 1], { finishedAt: FINISHED + 1 }));
		const other = await encodeResult(result('Darek', [1, 1, 1], { quizId: 'quiz0002' }));
		const stored = await decodeAll([ala]);
		const spaced = `${bartek.slice(0, 7)} ${bartek.slice(7, 30)}\t${bartek.slice(30)}`;
		const incoming = await decodeAll([
			spaced,
			` ${ala} `,
			alaAgain,
			other,
			bartek,
			'x'.repeat(500)
		]);
		const outcome = importResults(config, stored, incoming, { quiz0002: 'Chiny' });
		expect(outcome).toEqual({
			results: [ala, bartek],
			added: 1,
			skipped: [
				{
					source: `${ala.slice(0, 23)}…`,
					name: 'Ala',
					kind: 'duplicate',
					reason: 'Ten sam wynik zaimportowano już wcześniej'
				},
				{
					source: `${alaAgain.slice(0, 23)}…`,
					name: 'ALA',
					kind: 'sameName',
					reason: 'Drugi wynik ucznia o tym samym imieniu'
				},
				{
					source: `${other.slice(0, 23)}…`,
					name: 'Darek',
					kind: 'otherQuiz',
					reason: 'Wynik innego quizu („Chiny”)'
				},
				{
					source: `${bartek.slice(0, 23)}…`,
					name: 'Bartek',
					kind: 'duplicate',
					reason: 'Ten sam wynik zaimportowano już wcześniej'
				},
				{
					source: `${'x'.repeat(23)}…`,
					name: null,
					kind: 'unreadable',
					reason: 'Kod wyniku jest uszkodzony lub niepełny'
				}
			]
		});
		// The report of what is stored now has one row per added result.
		const report = buildReport(config, await decodeAll(outcome.results));
		expect(report.students.map((s) => s.name)).toEqual(['Ala', 'Bartek']);
		expect(report.flagged).toEqual([]);
		expect(countFlags(outcome.skipped)).toEqual({
			unreadable: 1,
			otherQuiz: 1,
			wrongQuestions: 0,
			duplicate: 2,
			sameName: 1
		});
		expect(classroomText.skippedSummary(countFlags(outcome.skipped))).toBe(
			'Pominięto 5: nieczytelny — 1, inny quiz — 1, duplikat — 2, ten sam uczeń — 1.'
		);
		expect(classroomText.skippedSummary(countFlags([]))).toBe('');
	});

	it('adds nothing to an empty quiz when nothing counts', async () => {
		const other = await encodeResult(result('Darek', [1, 1, 1], { quizId: 'quiz0002' }));
		expect(importResults(config, [], await decodeAll([other]))).toEqual({
			results: [],
			added: 0,
			skipped: [
				{
					source: `${other.slice(0, 23)}…`,
					name: 'Darek',
					kind: 'otherQuiz',
					reason: 'Wynik innego quizu'
				}
			]
		});
	});

	it('shows at most a short, flat excerpt of what a student typed or a file was called', () => {
		expect(excerpt('  Ala\n\tma\u0000kota  ')).toBe('Ala ma kota');
		expect(excerpt('ż'.repeat(61))).toBe(`${'ż'.repeat(59)}…`);
		expect(excerpt('ż'.repeat(60))).toBe('ż'.repeat(60));
		expect(excerpt('abcdef', 4)).toBe('abc…');
		expect(normalizeCode(' ab\tc\r\nd ')).toBe('abcd');
	});
});
