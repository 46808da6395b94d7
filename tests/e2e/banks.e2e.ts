/** Banks on the device: "Dodaj zestaw", every mode offline, export → import, bad files, delete. */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { SMALL_YAML } from '../unit/banks-fixtures';
import { launch } from './chromium';
import {
	addPage,
	at,
	clickUntilExpanded,
	phoneContext,
	seriousA11yViolations,
	watchForeignRequests
} from './helpers';

const BUILT_IN = 'kazachstan-2022-11';
const builtInTitle = loadBankDir(process.cwd(), BUILT_IN).bank.title;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function openFile(page: Page, name: string, content: string | Buffer) {
	await page.getByLabel('Otwórz plik').setInputFiles({
		name,
		mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml',
		buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
	});
}

/** Saves the bank shown and waits for the link to it. */
async function save(page: Page) {
	await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
	await page.getByRole('link', { name: 'Przejdź do zestawu' }).waitFor();
}

async function exportBank(page: Page): Promise<{ name: string; text: string }> {
	await clickUntilExpanded(page.getByRole('button', { name: 'Eksportuj zestaw' }));
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Plik Kartkówki (.yaml)' }).click()
	]);
	return {
		name: download.suggestedFilename(),
		text: await readFile(await download.path(), 'utf8')
	};
}

describe('Dodaj zestaw', () => {
	it('shows what is in a bank file, stores it, and every mode works offline after a reload', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await addPage(context);
		await openFile(page, 'rzeki.yaml', SMALL_YAML);
		const preview = page.getByRole('region', { name: 'Rzeki' });
		await preview.waitFor();
		const shown = await preview.innerText();
		for (const line of [
			'Zestaw jest poprawny: rzeki.yaml',
			'liczba: 1',
			'jednokrotny wybór: 1',
			'1 fiszka',
			'Tekst: 2 akapity',
			'Pierwszy akapit o granicy: 7598 kilometrów.',
			'Nagłówek sekcji',
			'Adres zestawu na tym urządzeniu: /moj-rzeki'
		]) {
			expect(shown).toContain(line);
		}
		expect(await seriousA11yViolations(page)).toEqual([]);
		await save(page);
		await page.getByRole('link', { name: 'Przejdź do zestawu' }).click();
		await page.waitForURL(at('/moj-rzeki'));
		await page.getByRole('heading', { level: 1, name: 'Rzeki' }).waitFor();
		await page.getByText('Twój zestaw').waitFor();

		await page.goto(at('/'));
		const item = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: 'Rzeki' }) });
		await item.getByText('Twój zestaw').waitFor();
		expect(await item.innerText()).toContain('2 pytania · 1 fiszka · 2 akapity');

		await context.setOffline(true);
		// Deep links to the bank's pages survive a reload offline.
		await page.goto(at('/moj-rzeki/quiz'));
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await page
			.getByText(/^(Ile km\?|Który akapit jest drugi\?)$/)
			.first()
			.waitFor();

		await page.goto(at('/moj-rzeki/read?highlight=q-granica'));
		await page.getByRole('heading', { level: 1, name: /Tekst źródłowy/ }).waitFor();
		await page.locator('mark', { hasText: '7598 kilometrów' }).waitFor();

		await page.goto(at('/moj-rzeki/cards'));
		await page.getByText('Pytanie?').waitFor();
		await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
		await page.getByRole('button', { name: /Dobre/ }).click();

		await page.goto(at('/moj-rzeki/stats'));
		await page.getByRole('heading', { level: 1, name: /Statystyki/ }).waitFor();
		await page.reload();
		await page.getByRole('heading', { level: 1, name: /Statystyki/ }).waitFor();
		expect(foreign).toEqual([]);
		await context.close();
	}, 120_000);

	it('export → import gives the same bank, and its export the same file', async () => {
		const context = await phoneContext(browser);
		const page = await addPage(context);
		await page.goto(at(`/${BUILT_IN}`));
		const first = await exportBank(page);
		expect(first.name).toBe(`${BUILT_IN}.yaml`);
		expect(first.text.startsWith(`kartkowka: 1\nid: ${BUILT_IN}\n`)).toBe(true);

		await page.goto(at('/add'));
		await openFile(page, first.name, first.text);
		await page.getByRole('region', { name: builtInTitle }).waitFor();
		await save(page);
		await page.getByRole('link', { name: 'Przejdź do zestawu' }).click();
		await page.waitForURL(at(`/moj-${BUILT_IN}`));
		await page.getByText('Twój zestaw').waitFor();
		const again = await exportBank(page);
		expect(again).toEqual(first);

		// The same file again: replace it (progress kept) or keep both.
		await page.goto(at('/add'));
		await openFile(page, first.name, first.text);
		await page.getByRole('group', { name: /jest już zestaw o tym identyfikatorze/ }).waitFor();
		await page.getByLabel(`Zachowaj oba (nowy dostanie adres /moj-${BUILT_IN}-2)`).check();
		await save(page);
		await page.goto(at('/'));
		await page.getByRole('link', { name: builtInTitle }).nth(2).waitFor();
		expect(await page.getByRole('link', { name: builtInTitle }).count()).toBe(3);
		await context.close();
	}, 120_000);

	it('rejects malformed files with their problems in Polish and stores nothing', async () => {
		const context = await phoneContext(browser);
		const page = await addPage(context);
		const cases: [string, string | Buffer, string[]][] = [
			[
				'notatki.yaml',
				'- zakupy\n- mleko\n',
				['Zestaw: to nie jest plik zestawu Kartkówki: brak pola „kartkowka: 1” na początku pliku']
			],
			[
				'rzeki.yaml',
				SMALL_YAML.replace('evidence: Trzecie zdanie.', 'evidence: Czwarte zdanie.').replace(
					'difficulty: 2',
					'difficulty: 7'
				),
				['Element q-wybor: pole difficulty: difficulty musi wynosić 1, 2 albo 3']
			],
			[
				'rzeki.yaml',
				SMALL_YAML.replace('evidence: Trzecie zdanie.', 'evidence: Czwarte zdanie.'),
				['Element c-1: cytatu „Czwarte zdanie.” nie ma dosłownie w tekście']
			],
			[
				'bez-tekstu.yaml',
				SMALL_YAML.slice(0, SMALL_YAML.indexOf('text: |')),
				[
					'Zestaw: brak tekstu: pole text, z tekstem, na którym opierają się pytania, jest puste albo go nie ma'
				]
			],
			[
				'zdjecie.yaml',
				Buffer.alloc(1_200_000, 0x61),
				[
					'Zestaw: Plik ma 1,2 MB, a plik zestawu może mieć najwyżej 1 MB. Tekst ze stu pytaniami to mniej niż 0,1 MB — tak duży plik to najpewniej nie zestaw (np. zdjęcie albo PDF), a jego sprawdzanie na telefonie trwałoby bardzo długo.'
				]
			]
		];
		for (const [name, content, problems] of cases) {
			await openFile(page, name, content);
			const region = page.getByRole('region', { name: /^Nie można dodać zestawu/ });
			await region.getByText(name, { exact: true }).waitFor();
			expect(await region.getByRole('listitem').allInnerTexts()).toEqual(problems);
			await region.getByText('Nic nie zostało zapisane.', { exact: false }).waitFor();
		}
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.goto(at('/'));
		await page.getByRole('link', { name: builtInTitle }).waitFor();
		expect(await page.getByText('Twój zestaw').count()).toBe(0);
		await context.close();
	}, 120_000);
});

describe('a bank on the device', () => {
	it('an unknown local id says so in Polish', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(at('/moj-nie-ma/quiz'));
		await page.getByText('Nie ma takiego zestawu na tym urządzeniu.', { exact: false }).waitFor();
		await context.close();
	});

	it('Usuń zestaw: asks, offers a backup carrying the bank, removes it with or without progress', async () => {
		const context = await phoneContext(browser);
		const page = await addPage(context);
		await openFile(page, 'rzeki.yaml', SMALL_YAML);
		await save(page);
		await page.goto(at('/moj-rzeki'));
		await page.getByRole('button', { name: 'Usuń zestaw' }).click();
		const dialog = page.getByRole('region', { name: 'Usunąć zestaw „Rzeki” z tego urządzenia?' });
		await dialog.waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: 'Eksportuj postępy' }).click()
		]);
		const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
		expect(Object.keys(backup.records.banks)).toEqual(['moj-rzeki']);
		expect(backup.counts.banks).toBe(1);
		await dialog.getByLabel('Usuń też postępy').check();
		await dialog.getByRole('button', { name: 'Usuń zestaw' }).click();
		await page.waitForURL(at('/'));
		await page.getByRole('link', { name: builtInTitle }).waitFor();
		expect(await page.getByRole('link', { name: 'Rzeki' }).count()).toBe(0);
		await page.goto(at('/moj-rzeki'));
		await page.getByText('Nie ma takiego zestawu na tym urządzeniu.', { exact: false }).waitFor();

		// "Importuj postępy" brings the bank back.
		await page.goto(at('/settings'));
		await page.getByLabel('Importuj postępy').setInputFiles({
			name: download.suggestedFilename(),
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		const plan = page.getByRole('region', { name: 'Co zrobi import' });
		await plan.getByRole('button', { name: 'Importuj' }).click();
		await page.getByText(/^Zaimportowano: /).waitFor();
		await page.goto(at('/moj-rzeki'));
		await page.getByRole('heading', { level: 1, name: 'Rzeki' }).waitFor();
		await context.close();
	}, 120_000);
});
