import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { launch } from './chromium';
import { at, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';

const BANK = 'kazachstan-2022-11';
const loaded = loadBankDir(process.cwd(), BANK);
const N = loaded.bank.cards.length;
/** A fixed local noon, far from the 04:00 rollover. */
const START = new Date('2026-01-15T12:00:00+01:00');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function newPage(options: Parameters<typeof phoneContext>[1] = {}) {
	const context = await phoneContext(browser, { timezoneId: 'Europe/Warsaw', ...options });
	const page = await context.newPage();
	await page.clock.install({ time: START });
	return { context, page };
}

async function setNewPerDay(page: Page, n: number) {
	await page.goto(at(`/${BANK}/settings`));
	const field = page.getByLabel('Nowe fiszki dziennie');
	await field.fill(String(n));
	await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
	await page.getByRole('status').filter({ hasText: 'Zapisano ustawienia.' }).waitFor();
}

const showButton = (page: Page) => page.getByRole('button', { name: 'Pokaż odpowiedź' });
const ratings = (page: Page) => page.getByRole('group', { name: 'Jak dobrze pamiętasz?' });
const status = (page: Page) => page.locator('p.status[role="status"]');

/** Space shows the answer, then a digit rates; waits until the next card (or the end) shows. */
async function rateByKeyboard(page: Page, key: '1' | '2' | '3' | '4') {
	await showButton(page).waitFor();
	await page.keyboard.press('Space');
	await ratings(page).waitFor();
	const before = await page.getByTestId('card-front').innerText();
	await page.keyboard.press(key);
	const name = ['Znowu', 'Trudne', 'Dobre', 'Łatwe'][Number(key) - 1]!;
	await status(page)
		.filter({ hasText: `${name} — następna powtórka za` })
		.waitFor();
	await ratings(page).waitFor({ state: 'detached' });
	return before;
}

async function dueCounts(page: Page): Promise<string> {
	const list = page.getByRole('list', { name: 'Fiszki na dziś' });
	await expect.poll(() => list.innerText()).not.toContain('–');
	return (await list.innerText()).replace(/\s+/g, ' ').trim();
}

async function stateCount(page: Page, name: string): Promise<string> {
	const row = page.getByTestId('state-counts').getByRole('row', { name: new RegExp(`^${name} `) });
	return (await row.getByRole('cell').innerText()).trim();
}

describe('flashcards', () => {
	it('rate 5 cards by keyboard, undo one, reload: due counts and stats show exactly the ratings', async () => {
		expect(N).toBeGreaterThanOrEqual(3);
		const { context, page } = await newPage();
		const foreign = watchForeignRequests(context);
		await setNewPerDay(page, 3);
		await page.goto(at(`/${BANK}/cards`));
		await showButton(page).waitFor();
		await expect(
			page.getByRole('list', { name: 'Pozostało na dziś' }).innerText()
		).resolves.toMatch(/Nowe\s+3\s+W nauce\s+0\s+Do powtórki\s+0/);

		// The first new card is the bank's first card; a cloze card shows an accessible gap.
		const first = loaded.bank.cards[0]!;
		const front = await page.getByTestId('card-front').innerText();
		if (first.kind === 'cloze') {
			expect(front).toContain('luka');
			expect(front).toContain(first.front.split('___')[0]!.trim());
		} else expect(front).toBe(first.front);

		// The answer side shows the interval on each rating button.
		await page.keyboard.press('Space');
		await ratings(page).waitFor();
		const labels = await ratings(page).getByRole('button').allInnerTexts();
		expect(labels.slice(0, 3)).toEqual(['Znowu\n1 min', 'Trudne\n6 min', 'Dobre\n10 min']);
		// Łatwe graduates the card at once; fuzz spreads it over a few days.
		expect(labels[3]).toMatch(/^Łatwe\n\d+ dni$/);
		await page.keyboard.press('1');
		await status(page).filter({ hasText: 'Znowu — następna powtórka za 1 min.' }).waitFor();

		const a = first.kind === 'cloze' ? null : first.front;
		await rateByKeyboard(page, '1'); // second card: Znowu (1 min)
		await rateByKeyboard(page, '3'); // third card: Dobre (10 min)
		// The new cards of the day are used up; learning cards due within 20 min come early.
		const fourth = await rateByKeyboard(page, '4'); // first card again: Łatwe → review
		if (a) expect(fourth).toBe(a);
		const fifth = await rateByKeyboard(page, '3'); // second card again: Dobre
		expect(fifth).toBe(loaded.bank.cards[1]!.front);

		await page.keyboard.press('u');
		await status(page).filter({ hasText: 'Cofnięto ostatnią ocenę.' }).waitFor();
		await expect(page.getByTestId('card-front').innerText()).resolves.toBe(fifth);

		await page.reload();
		await showButton(page).waitFor();
		await expect(page.getByTestId('card-front').innerText()).resolves.toBe(fifth);

		await page.goto(at(`/${BANK}`));
		expect(await dueCounts(page)).toBe('Nowe 0 W nauce 2 Do powtórki 0');

		await page.goto(at('/'));
		expect(await dueCounts(page)).toBe('Nowe 0 W nauce 2 Do powtórki 0');

		await page.goto(at(`/${BANK}/stats`));
		await page.getByTestId('state-counts').waitFor();
		await expect(stateCount(page, 'Nowe')).resolves.toBe(String(N - 3));
		await expect(stateCount(page, 'W nauce')).resolves.toBe('2');
		await expect(stateCount(page, 'Do powtórki')).resolves.toBe('1');
		await expect(stateCount(page, 'Razem')).resolves.toBe(String(N));
		// Exactly 4 ratings stay in the review log.
		await expect(page.getByTestId('heatmap-summary').innerText()).resolves.toBe(
			'4 powtórki w 1 dniu.'
		);
		const rows = page.getByTestId('card-list').locator('tbody tr');
		await expect(rows.count()).resolves.toBe(N);
		await expect(rows.nth(1).innerText()).resolves.toContain('W nauce');
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('Zawieś and Odłóż do jutra take cards out; Odwieś on the stats page brings one back', async () => {
		const { context, page } = await newPage();
		await page.goto(at(`/${BANK}/cards`));
		await showButton(page).waitFor();
		const suspended = await page.getByTestId('card-front').innerText();
		await page.getByRole('button', { name: 'Zawieś' }).click();
		await status(page).filter({ hasText: 'Fiszka zawieszona.' }).waitFor();
		expect(await page.getByTestId('card-front').innerText()).not.toBe(suspended);
		await page.getByRole('button', { name: 'Odłóż do jutra' }).click();
		await status(page).filter({ hasText: 'Fiszka odłożona do jutra.' }).waitFor();

		await page.goto(at(`/${BANK}/stats`));
		await page.getByTestId('state-counts').waitFor();
		await expect(stateCount(page, 'Zawieszone')).resolves.toBe('1');
		await expect(stateCount(page, 'Odłożone do jutra')).resolves.toBe('1');
		const row = page.getByTestId('card-list').locator('tbody tr', { hasText: 'Zawieszona' });
		await expect(row.count()).resolves.toBe(1);
		await row.getByRole('button', { name: /^Odwieś/ }).click();
		await page.getByText('Fiszka odwieszona.').waitFor();
		await expect.poll(() => stateCount(page, 'Zawieszone')).toBe('0');
		await expect(page.getByRole('button', { name: /^Odwieś/ }).count()).resolves.toBe(0);
		expect(await seriousA11yViolations(page), 'stats').toEqual([]);

		// Quiz score history: an attempt stored by the quiz (written straight into IndexedDB here).
		await page.evaluate(
			async ({ bank }) => {
				const db = await new Promise<IDBDatabase>((ok, fail) => {
					const req = indexedDB.open('kartkowka-attempts');
					req.onsuccess = () => ok(req.result);
					req.onerror = () => fail(req.error);
				});
				const attempt = {
					id: 'a-1',
					bankId: bank,
					options: {
						count: 10,
						topics: [],
						types: [],
						difficulties: [1],
						mode: 'practice',
						timeLimitMinutes: 0,
						shuffleOptions: true
					},
					seed: 's',
					questionIds: [],
					answers: {},
					scores: {},
					score: 7.5,
					maxScore: 10,
					startedAt: 1,
					finishedAt: Date.now(),
					durationMs: 60_000,
					updatedAt: Date.now()
				};
				await new Promise<void>((ok, fail) => {
					const tx = db.transaction('records', 'readwrite');
					tx.objectStore('records').put({ v: 1, data: attempt }, 'a-1');
					tx.oncomplete = () => ok();
					tx.onerror = () => fail(tx.error);
				});
				db.close();
			},
			{ bank: BANK }
		);
		await page.reload();
		const history = page.getByRole('region', { name: 'Historia wyników quizów' });
		await history.getByRole('table').waitFor();
		await expect(history.getByRole('row').nth(1).innerText()).resolves.toContain('7,5/10 (75%)');
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`"Na dziś koniec": when next, more new cards, extra practice that stores nothing; axe (${colorScheme})`, async () => {
			const { context, page } = await newPage({ colorScheme });
			await setNewPerDay(page, 1);
			expect(await seriousA11yViolations(page), `${colorScheme} settings`).toEqual([]);
			// Bad input: Polish message, focus on the field, nothing saved.
			await page.getByLabel('Docelowa skuteczność').fill('0,99');
			await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
			await page.getByText('Podaj liczbę od 0,70 do 0,97, np. 0,90.').waitFor();
			expect(await seriousA11yViolations(page), `${colorScheme} settings errors`).toEqual([]);

			await page.goto(at(`/${BANK}/cards`));
			await showButton(page).waitFor();
			expect(await seriousA11yViolations(page), `${colorScheme} cards front`).toEqual([]);
			await page.keyboard.press('Space');
			await ratings(page).waitFor();
			expect(await seriousA11yViolations(page), `${colorScheme} cards back`).toEqual([]);
			await page.keyboard.press('4');
			await page.getByRole('heading', { name: 'Na dziś koniec' }).waitFor();
			await page.getByText('Następna fiszka będzie gotowa za').waitFor();
			expect(await seriousA11yViolations(page), `${colorScheme} done`).toEqual([]);

			await page.getByRole('button', { name: 'Powtórka dodatkowa' }).click();
			await showButton(page).click();
			await ratings(page)
				.getByRole('button', { name: /^Znowu/ })
				.click();
			await page.getByRole('button', { name: 'Zakończ powtórkę dodatkową' }).click();
			await page.getByRole('heading', { name: 'Na dziś koniec' }).waitFor();

			await page.getByRole('button', { name: 'Więcej nowych fiszek' }).click();
			await showButton(page).waitFor();
			await page.goto(at(`/${BANK}/stats`));
			// Only the one real rating is in the log; extra practice left no trace.
			await expect(page.getByTestId('heatmap-summary').innerText()).resolves.toBe(
				'1 powtórka w 1 dniu.'
			);
			expect(await seriousA11yViolations(page), `${colorScheme} stats`).toEqual([]);
			await context.close();
		});
	}

	it('swipe left = Znowu, swipe right = Dobre', async () => {
		const { context, page } = await newPage();
		await page.goto(at(`/${BANK}/cards`));
		for (const [dx, name] of [
			[-160, 'Znowu'],
			[160, 'Dobre']
		] as const) {
			await showButton(page).click();
			const box = (await page.locator('article.flashcard').boundingBox())!;
			const x = box.x + box.width / 2;
			const y = box.y + box.height / 2;
			await page.mouse.move(x, y);
			await page.mouse.down();
			await page.mouse.move(x + dx / 2, y, { steps: 4 });
			await page.mouse.move(x + dx, y, { steps: 4 });
			await page.mouse.up();
			await status(page)
				.filter({ hasText: `${name} — następna powtórka za` })
				.waitFor();
		}
		await context.close();
	});

	it('a 320 px wide screen needs no horizontal scrolling on the cards, stats and settings pages', async () => {
		const { context, page } = await newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(at(`/${BANK}/cards`));
		await showButton(page).click();
		await ratings(page).waitFor();
		const overflow = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
		expect(await overflow(), 'cards').toBeLessThanOrEqual(0);
		for (const path of [`/${BANK}/stats`, `/${BANK}/settings`]) {
			await page.goto(at(path));
			await page.getByRole('heading', { level: 1 }).waitFor();
			await page.waitForLoadState('networkidle');
			expect(await overflow(), path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});

	it('the 8th lapse makes a leech: the learner is told, and with "Oznacz i zawieś" it is suspended', async () => {
		const { context, page } = await newPage();
		await page.goto(at(`/${BANK}/settings`));
		await page.getByRole('radio', { name: 'Oznacz i zawieś' }).check();
		await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
		await page.getByRole('status').filter({ hasText: 'Zapisano ustawienia.' }).waitFor();
		const card = loaded.bank.cards[1]!;
		// A review card forgotten 7 times, due now (written straight into IndexedDB).
		await page.evaluate(
			async ({ bank, cardId, now }) => {
				const db = await new Promise<IDBDatabase>((ok, fail) => {
					const req = indexedDB.open('kartkowka-cards');
					req.onsuccess = () => ok(req.result);
					req.onerror = () => fail(req.error);
				});
				const data = {
					bankId: bank,
					cardId,
					due: new Date(now - 3_600_000),
					stability: 3,
					difficulty: 8,
					elapsed_days: 3,
					scheduled_days: 3,
					learning_steps: 0,
					reps: 30,
					lapses: 7,
					state: 2,
					last_review: new Date(now - 3 * 86_400_000),
					suspended: false,
					leech: false,
					updatedAt: now - 3 * 86_400_000
				};
				await new Promise<void>((ok, fail) => {
					const tx = db.transaction('records', 'readwrite');
					tx.objectStore('records').put({ v: 2, data }, `${bank}/${cardId}`);
					tx.oncomplete = () => ok();
					tx.onerror = () => fail(tx.error);
				});
				db.close();
			},
			{ bank: BANK, cardId: card.id, now: START.getTime() }
		);
		await page.goto(at(`/${BANK}/cards`));
		await showButton(page).waitFor();
		// Due reviews come before new cards.
		await expect(page.getByTestId('card-front').innerText()).resolves.toBe(card.front);
		await rateByKeyboard(page, '1');
		const alert = page.getByRole('alert').filter({ hasText: 'To pijawka' });
		await alert.waitFor();
		await expect(alert.innerText()).resolves.toContain('zapomniana już 8 razy');
		await expect(alert.innerText()).resolves.toContain('Fiszka została zawieszona');
		await page.goto(at(`/${BANK}/stats`));
		await page.getByTestId('state-counts').waitFor();
		await expect(stateCount(page, 'Pijawki')).resolves.toBe('1');
		await expect(stateCount(page, 'Zawieszone')).resolves.toBe('1');
		await context.close();
	});
});
