import { describe, expect, it } from 'vitest';
import { ClassResultsManager } from '../../src/lib/classroom/class-results-manager.svelte';
import { ClassroomQuizzesManager } from '../../src/lib/classroom/classroom-quizzes-manager.svelte';
import { encodeConfig, type ClassroomConfig } from '../../src/lib/classroom/config';
import { encodeResult, resultFile, type ClassroomResult } from '../../src/lib/classroom/result';
import { Storage } from '../../src/lib/storage';

const NOW = Date.UTC(2026, 11, 1, 9, 0);
const FINISHED = Date.UTC(2026, 11, 1, 8, 45);

const config: ClassroomConfig = {
	v: 1,
	quizId: 'quiz0001',
	title: 'Kazachstan — 2b',
	bankId: 'kazachstan-2022-11',
	questionIds: ['q-a', 'q-b'],
	seed: 'abc',
	mode: 'exam',
	timeLimitMinutes: 0,
	shuffle: false
};

function result(name: string, right: number, quizId = config.quizId): ClassroomResult {
	return {
		v: 1,
		quizId,
		name,
		answers: { 'q-a': 0, 'q-b': null },
		scores: { 'q-a': right > 0 ? 1 : 0, 'q-b': right > 1 ? 1 : 0 },
		score: right,
		maxScore: 2,
		durationMs: 60_000,
		finishedAt: FINISHED
	};
}

function memoryStore() {
	return new Storage({ memory: true });
}

describe('classroom quizzes manager', () => {
	it('stores a new quiz and lists it with the students its report counts, each once', async () => {
		const store = memoryStore();
		const quizzes = new ClassroomQuizzesManager(store, () => NOW);
		const made = await quizzes.create(config);
		const code = await encodeConfig(config);
		expect(made).toEqual({ code, saved: true, carried: false, tooBig: null });
		expect(await store.get('classroom', 'quiz0001')).toEqual({
			quizId: 'quiz0001',
			title: 'Kazachstan — 2b',
			bankId: 'kazachstan-2022-11',
			config: code,
			results: [],
			createdAt: NOW,
			updatedAt: NOW
		});

		// A record written by an older version holds every readable code, counted or not.
		const ala = await encodeResult(result('Ala', 1));
		const alaAgain = await encodeResult(result(' ALA', 2));
		const other = await encodeResult(result('Darek', 2, 'quiz0002'));
		await store.put('classroom', 'quiz0001', {
			...(await store.get('classroom', 'quiz0001'))!,
			results: [ala, ala, alaAgain, other, 'zepsuty']
		});
		await quizzes.refresh();
		expect(quizzes.quizzes).toEqual([
			{
				quizId: 'quiz0001',
				title: 'Kazachstan — 2b',
				code,
				bankId: 'kazachstan-2022-11',
				createdAt: NOW,
				students: 1
			}
		]);
		expect(quizzes.titles).toEqual({ quiz0001: 'Kazachstan — 2b' });
	});

	it('keeps the results when the same quiz is saved again', async () => {
		const store = memoryStore();
		const ala = await encodeResult(result('Ala', 1));
		await new ClassroomQuizzesManager(store, () => NOW).create(config);
		await store.update('classroom', 'quiz0001', (r) => r && { ...r, results: [ala] });
		await new ClassroomQuizzesManager(store, () => NOW + 5).create(config);
		expect(await store.get('classroom', 'quiz0001')).toMatchObject({
			results: [ala],
			createdAt: NOW,
			updatedAt: NOW + 5
		});
	});
});

describe('class results manager', () => {
	async function opened(store = memoryStore(), now = NOW) {
		const manager = new ClassResultsManager(store, {
			now: () => now,
			titles: () => ({ quiz0002: 'Chiny' })
		});
		await manager.open(config, await encodeConfig(config));
		return manager;
	}

	it('the notice counts exactly the rows that appear; other quizzes and duplicates say so', async () => {
		const store = memoryStore();
		const manager = await opened(store);
		const ala = await encodeResult(result('Ala', 1));
		const bartek = await encodeResult(result('Bartek', 2));
		const other = await encodeResult(result('Darek', 2, 'quiz0002'));
		const spaced = `${ala.slice(0, 10)} ${ala.slice(10, 20)}  ${ala.slice(20)}`;
		await manager.addPasted([spaced, bartek, other, bartek, ''].join('\n'));

		expect(manager.notice).toBe('Dodano 2 wyniki. Pominięto 2: inny quiz — 1, duplikat — 1.');
		expect(manager.error).toBe('');
		expect(manager.report?.students.map((s) => s.name)).toEqual(['Ala', 'Bartek']);
		expect(manager.flagged).toEqual([
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
			}
		]);
		expect(await store.get('classroom', 'quiz0001')).toEqual({
			quizId: 'quiz0001',
			title: 'Kazachstan — 2b',
			bankId: 'kazachstan-2022-11',
			config: await encodeConfig(config),
			results: [ala, bartek],
			createdAt: NOW,
			updatedAt: NOW
		});

		// The same student again, from a fresh page: nothing added, and the count stays 2.
		const again = await opened(store, NOW + 1);
		await again.addPasted(spaced);
		expect(again.notice).toBe('Nie dodano żadnego nowego wyniku. Pominięto 1: duplikat — 1.');
		expect(again.report?.students).toHaveLength(2);
		expect(again.storedCount).toBe(2);
		expect((await store.get('classroom', 'quiz0001'))?.updatedAt).toBe(NOW);
	});

	it('reads result files, names the files that are not, and never echoes a long name whole', async () => {
		const manager = await opened();
		const celina = result('Celina', 2);
		const code = await encodeResult(celina);
		const file = (name: string, text: string, size = text.length) => ({
			name,
			size,
			text: async () => text
		});
		const longName = `${'zakupy-'.repeat(30)}.txt`;
		await manager.addFiles([
			file('wynik-celina.json', resultFile(celina, code, config.title)),
			file(longName, 'mleko, chleb'),
			file('film.mp4', 'x', 5_000_000)
		]);
		expect(manager.notice).toBe('Dodano 1 wynik. Pominięto 2: nieczytelny — 2.');
		expect(manager.report?.students.map((s) => s.name)).toEqual(['Celina']);
		expect(manager.flagged).toEqual([
			{
				source: `${longName.slice(0, 59)}…`,
				name: null,
				kind: 'unreadable',
				reason: 'Plik nie jest plikiem wyniku z Kartkówki'
			},
			{
				source: 'film.mp4',
				name: null,
				kind: 'unreadable',
				reason: 'Plik nie jest plikiem wyniku z Kartkówki'
			}
		]);
	});

	it('two pages adding results at the same moment lose none', async () => {
		const store = memoryStore();
		const [one, two] = await Promise.all([opened(store), opened(store)]);
		const codes = await Promise.all(
			['Ala', 'Bartek', 'Celina', 'Daria'].map((n) => encodeResult(result(n, 1)))
		);
		await Promise.all([
			one.addPasted(`${codes[0]}\n${codes[1]}`),
			two.addPasted(`${codes[2]}\n${codes[3]}`)
		]);
		expect(new Set((await store.get('classroom', 'quiz0001'))?.results)).toEqual(new Set(codes));
		await one.reload();
		expect(one.report?.students.map((s) => s.name)).toEqual(['Ala', 'Bartek', 'Celina', 'Daria']);
	});

	it('actions asked for at once run one after another', async () => {
		const store = memoryStore();
		const manager = await opened(store);
		const ala = await encodeResult(result('Ala', 1));
		await Promise.all([manager.addPasted(ala), manager.addPasted(ala), manager.clear()]);
		expect((await store.get('classroom', 'quiz0001'))?.results).toEqual([]);
		expect(manager.report?.students).toEqual([]);
		expect(manager.storedCount).toBe(0);
		expect(manager.notice).toBe('');
	});

	it('clearing removes the results and keeps the quiz', async () => {
		const store = memoryStore();
		await new ClassroomQuizzesManager(store, () => NOW).create(config);
		const manager = await opened(store, NOW + 10);
		await manager.addPasted(await encodeResult(result('Ala', 1)));
		await manager.clear();
		expect(await store.get('classroom', 'quiz0001')).toEqual({
			quizId: 'quiz0001',
			title: 'Kazachstan — 2b',
			bankId: 'kazachstan-2022-11',
			config: await encodeConfig(config),
			results: [],
			createdAt: NOW,
			updatedAt: NOW + 10
		});
		expect(manager.flagged).toEqual([]);
	});
});
