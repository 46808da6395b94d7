/**
 * Other apps' files: a Moodle GIFT export becomes a bank without a text and its quiz works
 * offline; Quizlet text pasted with its separators becomes flashcards; the built-in bank goes
 * out in every format (and its GIFT comes back in).
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { importText } from '../../src/lib/interop';
import { importPreview } from '../../src/lib/interop/preview';
import { quizStrings } from '../../src/lib/quiz/strings';
import { plural } from '../../src/lib/strings';
import { launch } from './chromium';
import {
	addPage,
	addPageHydrated,
	at,
	clickUntilExpanded,
	phoneContext,
	seriousA11yViolations,
	watchForeignRequests
} from './helpers';

const BUILT_IN = 'kazachstan-2022-11';
const builtIn = loadBankDir(process.cwd(), BUILT_IN).bank;
const GIFT_FILE = 'tests/fixtures/interop/biologia-klasa-7.gift';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function openFile(page: Page, name: string, buffer: Buffer) {
	await page.getByLabel('Otwórz plik').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

describe('import from another app', () => {
	it('a GIFT file: preview of counts and skips, saved only when confirmed, quiz offline, pages without a text adapt', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await addPage(context);
		const gift = await readFile(GIFT_FILE);
		await openFile(page, 'biologia-klasa-7.gift', gift);

		const preview = page.getByRole('region', {
			name: 'Import z formatu GIFT (Moodle): biologia-klasa-7.gift'
		});
		await preview.waitFor();
		const shown = await preview.innerText();
		for (const line of [
			'jednokrotny wybór: 1',
			'wielokrotny wybór: 1',
			'prawda / fałsz: 1',
			'krótka odpowiedź: 1',
			'liczba: 1',
			'dopasowanie: 1',
			'0 fiszek',
			'1 pytanie typu esej pominięte',
			'pytanie 7 (wiersz 29) „esej”: pytanie typu esej pominięte',
			'pytanie 1 (wiersz 5) „jadro”: informacje zwrotne do poszczególnych odpowiedzi pominięte'
		]) {
			expect(shown).toContain(line);
		}
		expect(await page.getByLabel('Tytuł zestawu').inputValue()).toBe('biologia-klasa-7');
		expect(await seriousA11yViolations(page)).toEqual([]);

		// Nothing is stored before "Zapisz zestaw".
		await page.goto(at('/moj-biologia-komorka'));
		await page.getByText('Nie ma takiego zestawu na tym urządzeniu.', { exact: false }).waitFor();
		await page.goto(at('/add'));
		await addPageHydrated(page);
		await openFile(page, 'biologia-klasa-7.gift', gift);
		await page.getByLabel('Tytuł zestawu').fill('Biologia — komórka');
		await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
		await page.getByRole('status').getByText('Zapisano zestaw „Biologia — komórka”.').waitFor();
		await page.getByRole('link', { name: 'Przejdź do zestawu' }).click();
		await page.waitForURL(at('/moj-biologia-komorka'));
		await page.getByRole('heading', { level: 1, name: 'Biologia — komórka' }).waitFor();
		await page.getByText('6 pytań · 0 fiszek · bez tekstu').waitFor();
		expect(await page.getByRole('link', { name: 'Tekst źródłowy' }).count()).toBe(0);

		await page.reload();
		await page.getByRole('heading', { level: 1, name: 'Biologia — komórka' }).waitFor();
		await context.setOffline(true);
		// The set-up form must be hydrated before its boxes are changed (hydration resets them).
		await page.goto(at('/moj-biologia-komorka/quiz'), { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor();
		const types = page.getByRole('group', { name: quizStrings.types });
		for (const [type, label] of Object.entries(quizStrings.typeLabel)) {
			const box = types.getByLabel(label, { exact: true });
			if ((await box.count()) && type !== 'true-false') await box.uncheck();
		}
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await page.getByText('Fotosynteza zachodzi w chloroplastach.').waitFor();
		await page.getByRole('radio', { name: 'Prawda' }).check();
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		const feedback = page.locator('.feedback');
		await feedback.getByText('Dobrze!').waitFor();
		expect(await feedback.getByRole('link', { name: 'Zobacz w tekście' }).count()).toBe(0);
		expect(await feedback.getByText('Wyjaśnienie').count()).toBe(0);

		await page.goto(at('/moj-biologia-komorka/read'));
		await page.getByRole('heading', { level: 1, name: 'Tekst źródłowy' }).waitFor();
		await page.getByText('Ten zestaw nie ma tekstu źródłowego', { exact: false }).waitFor();
		await page.getByRole('link', { name: 'Wróć do zestawu „Biologia — komórka”' }).click();
		await page.waitForURL(at('/moj-biologia-komorka'));
		// The list of banks says the same, not "0 akapitów".
		await page.goto(at('/'));
		await page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: 'Biologia — komórka' }) })
			.getByText('6 pytań · 0 fiszek · bez tekstu')
			.waitFor();
		expect(foreign).toEqual([]);
		await context.close();
	}, 120_000);

	it('Quizlet text pasted with its separators becomes flashcards', async () => {
		const context = await phoneContext(browser);
		const page = await addPage(context);
		await page
			.getByLabel('Tekst z innej aplikacji (GIFT, Aiken, Anki, Quizlet)')
			.fill('mitochondrium - centrum energetyczne komórki;rybosom - miejsce syntezy białek');
		await page.getByLabel('Format').selectOption({ label: 'Quizlet' });
		await page.getByLabel('Między pojęciem a definicją').selectOption({ label: 'Myślnik ( - )' });
		await page.getByLabel('Między fiszkami').selectOption({ label: 'Średnik' });
		await page.getByRole('button', { name: 'Wczytaj tekst' }).click();
		const preview = page.getByRole('region', { name: 'Import z formatu Quizlet: tekst wklejony' });
		await preview.getByText('2 fiszki').waitFor();
		await page.getByLabel('Tytuł zestawu').fill('Organella');
		await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
		await page.getByRole('link', { name: 'Przejdź do zestawu' }).click();
		await page.waitForURL(at('/moj-organella'));
		await page.getByRole('link', { name: 'Ucz się fiszek' }).click();
		const front = page.getByTestId('card-front');
		await front.waitFor();
		const backs: Record<string, string> = {
			mitochondrium: 'centrum energetyczne komórki',
			rybosom: 'miejsce syntezy białek'
		};
		const term = (await front.innerText()).trim();
		expect(Object.keys(backs)).toContain(term);
		await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
		expect((await page.getByTestId('card-back').innerText()).trim()).toBe(backs[term]);
		await context.close();
	}, 120_000);
});

describe('export to other apps', () => {
	it('the built-in bank goes out in every format, says what was left out, and its GIFT comes back', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(at(`/${BUILT_IN}`));
		await clickUntilExpanded(page.getByRole('button', { name: 'Eksportuj zestaw' }));
		const files = new Map<string, Buffer>();
		const formats: [string, string][] = [
			['Plik Kartkówki (.yaml)', `${BUILT_IN}.yaml`],
			['GIFT (Moodle)', `${BUILT_IN}.gift.txt`],
			['Moodle XML', `${BUILT_IN}.moodle.xml`],
			['Aiken', `${BUILT_IN}.aiken.txt`],
			['Anki (plik tekstowy)', `${BUILT_IN}.anki.txt`],
			['Anki (.apkg)', `${BUILT_IN}.apkg`],
			['Quizlet', `${BUILT_IN}.quizlet.txt`],
			['Kahoot (.xlsx)', `${BUILT_IN}.kahoot.xlsx`],
			['CSV (arkusz)', `${BUILT_IN}.csv`]
		];
		const status = page.locator('.export [role="status"]');
		for (const [label, name] of formats) {
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 20_000 }),
				page.getByRole('button', { name: label, exact: true }).click()
			]).catch(async (e: unknown) => {
				throw new Error(`${label}: ${await status.innerText()}: ${String(e)}`);
			});
			expect(download.suggestedFilename()).toBe(name);
			const bytes = await readFile(await download.path());
			expect(bytes.length).toBeGreaterThan(100);
			files.set(name, bytes);
			await status.getByText(`Zapisano plik ${name}`, { exact: false }).waitFor();
			if (label === 'Aiken') {
				const notSingle = builtIn.questions.filter((q) => q.type !== 'single').length;
				await status
					.getByText(
						`Aiken: pominięto ${notSingle} ${plural(notSingle, 'pytanie', 'pytania', 'pytań')} (Aiken zapisuje tylko pytania jednokrotnego wyboru)`
					)
					.waitFor();
			}
		}

		const apkg = unzipSync(new Uint8Array(files.get(`${BUILT_IN}.apkg`)!));
		expect(Object.keys(apkg).sort()).toEqual(['collection.anki2', 'media']);
		expect(Buffer.from(apkg['collection.anki2']!.subarray(0, 15)).toString()).toBe(
			'SQLite format 3'
		);
		const xlsx = unzipSync(new Uint8Array(files.get(`${BUILT_IN}.kahoot.xlsx`)!));
		expect(Object.keys(xlsx)).toContain('xl/worksheets/sheet1.xml');

		const gift = files.get(`${BUILT_IN}.gift.txt`)!;
		const expected = importPreview(await importText(gift.toString('utf8')));
		await page.goto(at('/add'));
		await addPageHydrated(page);
		await openFile(page, `${BUILT_IN}.gift.txt`, gift);
		const preview = page.getByRole('region', {
			name: `Import z formatu GIFT (Moodle): ${BUILT_IN}.gift.txt`
		});
		await preview.waitFor();
		const shown = await preview.innerText();
		expect(expected.questionsByType.length).toBeGreaterThan(4);
		for (const row of expected.questionsByType) {
			expect(shown).toContain(`${quizStrings.typeLabel[row.type]}: ${row.count}`);
		}
		await context.close();
	}, 120_000);
});
