/** Progress storage in the browser: backup and restore, reset, bad files, no IndexedDB. */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { createBackup, emptySnapshot, serializeBackup } from '../../src/lib/storage/backup';
import {
	attempt,
	BANK,
	card,
	DAY,
	OTHER_BANK,
	review,
	srsSettings,
	T0
} from '../unit/storage-fixtures';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, launchPersistent } from './chromium';
import { spawnSync } from 'node:child_process';
import { at, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';

const bankTitle = loadBankDir(process.cwd(), BANK).bank.title;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A valid backup: 3 cards, 4 reviews, 2 attempts over two banks (one no longer installed). */
function seedFile(): string {
	const s = emptySnapshot();
	s.cards.set(`${BANK}/f-1`, card(BANK, 'f-1', T0));
	s.cards.set(`${BANK}/f-2`, card(BANK, 'f-2', T0 + 1));
	s.cards.set(`${OTHER_BANK}/f-1`, card(OTHER_BANK, 'f-1', T0 + 2));
	s.reviews.set('r-1', review(BANK, 'f-1', 'r-1', T0));
	s.reviews.set('r-2', review(BANK, 'f-2', 'r-2', T0 + 1, 1));
	s.reviews.set('r-3', review(BANK, 'f-1', 'r-3', T0 + DAY, 4));
	s.reviews.set('r-4', review(OTHER_BANK, 'f-1', 'r-4', T0 + 2));
	s.attempts.set('a-1', attempt(BANK, 'a-1', T0));
	s.attempts.set('a-2', attempt(OTHER_BANK, 'a-2', T0));
	s.settings.set(`srs/${BANK}`, srsSettings(BANK));
	return serializeBackup(createBackup(s, new Date(T0)));
}

/** The count lines on the Settings page, e.g. ["Fiszki z postępem: 3", …]. */
async function counts(page: Page): Promise<string[]> {
	const list = page.getByRole('region', { name: 'Twoje postępy' }).getByRole('listitem');
	return list.allInnerTexts();
}

async function waitForCounts(page: Page, cards: number, reviews: number, attempts: number) {
	const expected = [
		`Fiszki z postępem: ${cards}`,
		`Wpisy powtórek: ${reviews}`,
		`Podejścia do quizu: ${attempts}`
	];
	await expect.poll(() => counts(page)).toEqual(expected);
}

async function chooseFile(page: Page, name: string, text: string) {
	await page.getByLabel('Importuj postępy').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

async function importFile(page: Page, text: string, mode: 'Scal' | 'Zastąp' = 'Scal') {
	await chooseFile(page, 'kopia.json', text);
	const plan = page.getByRole('region', { name: 'Co zrobi import' });
	await plan.waitFor();
	await plan.getByRole('radio', { name: mode }).check();
	await plan.getByRole('button', { name: 'Importuj' }).click();
	await page.getByText(/^Zaimportowano: /).waitFor();
}

async function resetProgress(page: Page, target: string) {
	await page.getByLabel('Co usunąć').selectOption({ label: target });
	await page.getByRole('button', { name: 'Usuń postępy…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Usunąć postępy?' });
	await dialog.waitFor();
	await dialog.getByRole('button', { name: 'Usuń postępy' }).click();
	await expect.poll(() => dialog.isVisible()).toBe(false);
}

async function settingsPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(at('/settings'));
	await waitForCounts(page, 0, 0, 0);
	return page;
}

describe('backup and restore in Settings', () => {
	it('export → reset → import restores identical counts', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await settingsPage(context);
		await importFile(page, seedFile());
		await waitForCounts(page, 3, 4, 2);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Eksportuj postępy' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^kartkowka-postepy-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = await readFile(await download.path(), 'utf8');
		const file = JSON.parse(exported);
		expect(file.app).toBe('Kartkówka');
		expect(file.counts).toEqual({
			settings: 1,
			cards: 3,
			reviews: 4,
			attempts: 2,
			sessions: 0,
			classroom: 0,
			banks: 0
		});
		expect(file.records.cards[`${BANK}/f-1`].data.due).toBe(new Date(T0 + 3 * DAY).toISOString());

		// Reset one bank: only its records go (reviews and attempts found by their bankId).
		await resetProgress(page, bankTitle);
		await page.getByText('Usunięto 7 rekordów.').waitFor();
		await waitForCounts(page, 1, 1, 1);
		// Reset everything.
		await resetProgress(page, 'Wszystkie postępy (wszystkie zestawy)');
		await waitForCounts(page, 0, 0, 0);

		await importFile(page, exported);
		await waitForCounts(page, 3, 4, 2);
		// It was written to IndexedDB: a reload reads the same.
		await page.reload();
		await waitForCounts(page, 3, 4, 2);
		// Importing the same file again changes nothing.
		await chooseFile(page, 'kopia.json', exported);
		await page.getByText('Import niczego nie zmieni').waitFor();
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('a malformed file shows its error and leaves progress intact', async () => {
		const context = await phoneContext(browser);
		const page = await settingsPage(context);
		await importFile(page, seedFile());
		await waitForCounts(page, 3, 4, 2);

		const broken = JSON.parse(seedFile());
		delete broken.records.cards[`${BANK}/f-2`].data.due;
		await chooseFile(page, 'zepsuta.json', JSON.stringify(broken));
		const alert = page.getByRole('alert');
		await expect
			.poll(() => alert.innerText())
			.toBe(`Nie zaimportowano niczego. Rekord cards/${BANK}/f-2: brak pola due`);
		await expect(page.getByRole('region', { name: 'Co zrobi import' }).count()).resolves.toBe(0);

		await chooseFile(page, 'notatki.json', '{"notatki": []}');
		await expect
			.poll(() => alert.innerText())
			.toBe('Nie zaimportowano niczego. To nie jest kopia zapasowa Kartkówki.');

		const future = JSON.parse(seedFile());
		future.format = 7;
		await chooseFile(page, 'nowa.json', JSON.stringify(future));
		await expect.poll(() => alert.innerText()).toContain('Kopia ma wersję 7');

		await page.reload();
		await waitForCounts(page, 3, 4, 2);
		await context.close();
	});

	it('reset dialog offers a backup first, manages focus and passes axe', async () => {
		const context = await phoneContext(browser);
		const page = await settingsPage(context);
		await importFile(page, seedFile());
		await chooseFile(page, 'kopia.json', seedFile());
		await page.getByRole('region', { name: 'Co zrobi import' }).waitFor();
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 320, height: 640 });
		await expect(
			page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).resolves.toBe(true);

		const opener = page.getByRole('button', { name: 'Usuń postępy…' });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'Usunąć postępy?' });
		await dialog.waitFor();
		const backup = dialog.getByRole('button', { name: 'Najpierw pobierz kopię' });
		await expect(backup.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), backup.click()]);
		expect(download.suggestedFilename()).toMatch(/^kartkowka-postepy-/);
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await waitForCounts(page, 3, 4, 2);
		await context.close();
	});

	it('shows persistence and usage, and asks for persistent storage after the first progress', async () => {
		const context = await phoneContext(browser);
		const page = await settingsPage(context);
		await importFile(page, seedFile());
		const device = page.getByRole('region', { name: 'Pamięć urządzenia' });
		await expect.poll(() => device.innerText()).toMatch(/Pamięć trwała: (tak|nie)/);
		await expect.poll(() => device.innerText()).toMatch(/Zajęte miejsce: \d+(,\d+)? MB/);
		const flag = () =>
			page.evaluate(
				() =>
					new Promise<unknown>((resolve, reject) => {
						const open = indexedDB.open('kartkowka-settings');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const get = open.result.transaction('records').objectStore('records').get('app');
							get.onsuccess = () => resolve(get.result);
						};
					})
			);
		await expect.poll(flag).toEqual({
			v: 1,
			data: { type: 'app', offlineReadyShown: false, persistRequested: true }
		});
		await context.close();
	});

	it('a corrupt record is reported in Settings, skipped, and kept', async () => {
		const context = await phoneContext(browser);
		const page = await settingsPage(context);
		await importFile(page, seedFile());
		// Damage one stored card the way a bug or another app might.
		await page.evaluate(
			(key) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('kartkowka-cards');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('records', 'readwrite');
						tx.objectStore('records').put({ v: 2, data: { bankId: 'x' } }, key);
						tx.oncomplete = () => resolve();
					};
				}),
			`${BANK}/f-2`
		);
		await page.reload();
		await page.getByText('Pominięto 1 uszkodzony rekord').waitFor();
		await waitForCounts(page, 2, 4, 2);
		await page.getByText('Pominięte rekordy').click();
		await page.getByText(`cards/${BANK}/f-2: brak pola cardId`).waitFor();
		const stored = await page.evaluate(
			(key) =>
				new Promise<unknown>((resolve, reject) => {
					const open = indexedDB.open('kartkowka-cards');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const get = open.result.transaction('records').objectStore('records').get(key);
						get.onsuccess = () => resolve(get.result);
					};
				}),
			`${BANK}/f-2`
		);
		expect(stored).toEqual({ v: 2, data: { bankId: 'x' } });
		await context.close();
	});
});

describe('failed writes', () => {
	it('a full disk shows a Polish message; the progress stays in the tab and is exported', async () => {
		const context = await phoneContext(browser);
		const page = await settingsPage(context);
		// From now on every IndexedDB write fails as on a full disk.
		await page.evaluate(() => {
			IDBObjectStore.prototype.put = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await chooseFile(page, 'kopia.json', seedFile());
		const plan = page.getByRole('region', { name: 'Co zrobi import' });
		await plan.getByRole('button', { name: 'Importuj' }).click();
		await page.getByText('Nie wszystko udało się zapisać.').waitFor();
		await page
			.getByText('Nie udało się zapisać postępów (brak miejsca w pamięci urządzenia).')
			.waitFor();
		await page.getByText('Część postępów nie została zapisana na urządzeniu').waitFor();
		await waitForCounts(page, 3, 4, 2);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Eksportuj postępy' }).click()
		]);
		const file = JSON.parse(await readFile(await download.path(), 'utf8'));
		expect(file.records).toEqual(JSON.parse(seedFile()).records);
		await context.close();
	});
});

describe('many tabs', () => {
	it('a change in one tab refreshes the counts in another', async () => {
		const context = await phoneContext(browser);
		const first = await settingsPage(context);
		const second = await settingsPage(context);
		await importFile(second, seedFile());
		await waitForCounts(second, 3, 4, 2);
		await waitForCounts(first, 3, 4, 2);
		await resetProgress(first, bankTitle);
		await waitForCounts(second, 1, 1, 1);
		await context.close();
	});

	it('two tabs rating cards of the same bank lose no rating', async () => {
		const context = await phoneContext(browser);
		const [a, b] = [await context.newPage(), await context.newPage()];
		const firstCard = loadBankDir(process.cwd(), BANK).bank.cards[0]!.id;
		const show = (page: Page) => page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
		const rate = async (page: Page, name: 'Znowu' | 'Trudne' | 'Dobre' | 'Łatwe') => {
			const group = page.getByRole('group', { name: 'Jak dobrze pamiętasz?' });
			await group.getByRole('button', { name: new RegExp(`^${name}`) }).click();
			await page
				.locator('p.status[role="status"]')
				.filter({ hasText: `${name} — następna powtórka za` })
				.waitFor();
		};
		for (const page of [a, b]) await page.goto(at(`/${BANK}/cards`));
		// Both tabs show the same new card; both rate it, one after the other.
		await show(a);
		await show(b);
		await rate(a, 'Dobre');
		await rate(b, 'Dobre');
		// Then one more rating in each tab.
		await show(a);
		await rate(a, 'Trudne');
		await show(b);
		await rate(b, 'Łatwe');

		await a.goto(at('/settings'));
		const reviews = a.getByRole('region', { name: 'Twoje postępy' }).getByRole('listitem');
		await expect.poll(() => reviews.allInnerTexts()).toContain('Wpisy powtórek: 4');
		// Every rating reached its card: each card's repetitions equal its review log entries.
		const all = (db: string) =>
			a.evaluate(
				(name) =>
					new Promise<{ v: number; data: { cardId: string; reps?: number } }[]>(
						(resolve, reject) => {
							const open = indexedDB.open(name);
							open.onerror = () => reject(open.error);
							open.onsuccess = () => {
								const get = open.result.transaction('records').objectStore('records').getAll();
								get.onsuccess = () => resolve(get.result);
							};
						}
					),
				db
			);
		const cards = await all('kartkowka-cards');
		const log = await all('kartkowka-reviews');
		expect(log).toHaveLength(4);
		const logged = (id: string) => log.filter((r) => r.data.cardId === id).length;
		expect(cards.map((c) => [c.data.cardId, c.data.reps])).toEqual(
			cards.map((c) => [c.data.cardId, logged(c.data.cardId)])
		);
		expect(cards.reduce((sum, c) => sum + (c.data.reps ?? 0), 0)).toBe(4);
		console.log(
			'ratings per card',
			cards.map((c) => [c.data.cardId, c.data.reps]),
			firstCard
		);
		await context.close();
	});
});

describe('no storage at all', () => {
	const blockers: [string, () => void][] = [
		[
			'indexedDB throws',
			() => {
				Object.defineProperty(window, 'indexedDB', {
					get() {
						throw new DOMException('blocked', 'SecurityError');
					}
				});
			}
		],
		[
			'indexedDB is undefined',
			() => {
				Object.defineProperty(window, 'indexedDB', { value: undefined });
			}
		]
	];
	it.each(blockers)(
		'%s: a lasting banner, and the visit still works in memory',
		async (_n, block) => {
			const context = await phoneContext(browser);
			await context.addInitScript(block);
			const page = await context.newPage();
			await page.goto(at('/'));
			const banner = page.getByText('Ta przeglądarka nie pozwala zapisywać danych');
			await banner.waitFor();
			await page.getByRole('link', { name: 'Ustawienia' }).click();
			await page.waitForURL(at('/settings'));
			await expect(banner.isVisible()).resolves.toBe(true);
			await waitForCounts(page, 0, 0, 0);
			await importFile(page, seedFile());
			await waitForCounts(page, 3, 4, 2);
			await page.getByText('Pamięć trwała: nie').waitFor();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Eksportuj postępy' }).click()
			]);
			const file = JSON.parse(await readFile(await download.path(), 'utf8'));
			expect(file.counts.cards).toBe(3);
			await context.close();
		}
	);

	it('saving card settings in one tab keeps "Więcej nowych fiszek" granted in another', async () => {
		const context = await phoneContext(browser);
		const [a, b] = [await context.newPage(), await context.newPage()];
		const save = async (page: Page) => {
			await page.getByRole('button', { name: 'Zapisz ustawienia' }).click();
			await page.getByRole('status').filter({ hasText: 'Zapisano ustawienia.' }).waitFor();
		};
		await a.goto(at(`/${BANK}/settings`));
		await a.getByLabel('Nowe fiszki dziennie').fill('0');
		await save(a);
		// Tab b shows the form before tab a grants more new cards.
		await b.goto(at(`/${BANK}/settings`));
		await expect(b.getByLabel('Nowe fiszki dziennie').inputValue()).resolves.toBe('0');
		await a.goto(at(`/${BANK}/cards`));
		await a.getByRole('button', { name: 'Więcej nowych fiszek' }).click();
		await a.getByRole('button', { name: 'Pokaż odpowiedź' }).waitFor();
		await b.getByLabel('Nowe fiszki dziennie').fill('5');
		await save(b);
		const stored = await b.evaluate(
			(key) =>
				new Promise<unknown>((resolve, reject) => {
					const open = indexedDB.open('kartkowka-settings');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const get = open.result.transaction('records').objectStore('records').get(key);
						get.onsuccess = () => resolve(get.result);
					};
				}),
			`srs/${BANK}`
		);
		expect(stored).toMatchObject({ v: 1, data: { newPerDay: 5, extraNew: { count: 10 } } });
		await context.close();
	});

	it('a browser killed in the middle of a rating comes back with statistics equal to the log', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'kartkowka-profile-'));
		try {
			let context = await launchPersistent(dir);
			let page = context.pages()[0] ?? (await context.newPage());
			await page.goto(at(`/${BANK}/cards`));
			const show = page.getByRole('button', { name: 'Pokaż odpowiedź' });
			await show.click();
			await page.keyboard.press('3');
			await page.locator('p.status[role="status"]').filter({ hasText: 'Dobre' }).waitFor();
			// The second rating is cut short: the browser process is killed (SIGKILL, no chance
			// to finish anything) right after the key press.
			await show.click();
			await page.keyboard.press('4');
			const closed = new Promise((resolve) => context.once('close', resolve));
			spawnSync('pkill', ['-KILL', '-f', '--', `--user-data-dir=${dir}`]);
			await closed;

			context = await launchPersistent(dir);
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto(at(`/${BANK}/stats`));
			await page.getByTestId('state-counts').waitFor();
			const all = (db: string) =>
				page.evaluate(
					(name) =>
						new Promise<{ data: { cardId: string; id?: string; log?: string[] } }[]>(
							(resolve, reject) => {
								const open = indexedDB.open(name);
								open.onerror = () => reject(open.error);
								open.onsuccess = () => {
									const get = open.result.transaction('records').objectStore('records').getAll();
									get.onsuccess = () => resolve(get.result);
								};
							}
						),
					db
				);
			const log = await all('kartkowka-reviews');
			expect([1, 2]).toContain(log.length);
			// Every entry is reflected in its card, and no card claims an entry the log lacks.
			const cards = await all('kartkowka-cards');
			for (const c of cards) {
				const ids = log.filter((r) => r.data.cardId === c.data.cardId).map((r) => r.data.id);
				expect([...(c.data.log ?? [])].sort()).toEqual(ids.sort());
			}
			expect(cards.filter((c) => (c.data.log ?? []).length > 0)).toHaveLength(log.length);
			const summary = log.length === 1 ? '1 powtórka w 1 dniu.' : '2 powtórki w 1 dniu.';
			await expect(page.getByTestId('heatmap-summary').innerText()).resolves.toBe(summary);
			await context.close();
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
