/**
 * "Nowy zestaw z tekstu" in real Chromium: paste a text, review the proposals (accept all of a
 * kind, edit one, write a question and a flashcard by hand), save the bank, study it, all
 * offline; bad input gives Polish messages and loses nothing; "Edytuj zestaw" keeps progress.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium';
import { at, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';

/** A short news report written for this test (not a bank's own text). */
const NEWS = `# Nowy most

W poniedziałek 14 marca 2022 r. w Toruniu otwarto nowy most drogowy na Wiśle. Przeprawa ma długość 980 metrów i kosztowała 420 mln zł. Most zaprojektowało biuro Transprojekt Gdańsk.

# Ruch w mieście

Według Zarządu Dróg Miejskich przez most przejeżdża codziennie 25 tys. samochodów. Prezydent miasta Michał Zaleski zapowiedział, że w 2024 r. po moście pojadą także tramwaje.`;

const ENGLISH =
	'The new bridge in the city was opened on Monday. It is almost one kilometre long and it cost a lot of money. The mayor said that trams will also use the bridge from next year, and that the old bridge will be closed for repairs.';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens "Wklej tekst" once the service worker controls the app (so it works offline). */
async function textPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(at('/add'));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.getByRole('link', { name: 'Wklej tekst' }).click();
	await page.getByRole('heading', { level: 1, name: 'Wklej tekst' }).waitFor();
	return page;
}

async function propose(page: Page, title: string, text: string) {
	await page.getByLabel('Tytuł zestawu').fill(title);
	await page.getByLabel('Tekst', { exact: true }).fill(text);
	await page.getByRole('button', { name: /^Przygotuj propozycje/ }).click();
}

/** Waits for the proposals and returns how many there are (from the live region). */
async function proposalsReady(page: Page): Promise<number> {
	const status = page.getByRole('status').filter({ hasText: /Gotowe: \d+ propozycj/ });
	await status.waitFor();
	return Number((await status.innerText()).match(/Gotowe: (\d+)/)?.[1]);
}

/** Presses every "Zatwierdź wszystkie: …" until none is left. */
async function acceptAll(page: Page) {
	const group = page.getByRole('group', { name: 'Zatwierdź wszystkie tego rodzaju' });
	while ((await group.count()) > 0) {
		const before = await group.getByRole('button').count();
		await group.getByRole('button').first().click();
		if (before > 1) await expect.poll(() => group.getByRole('button').count()).toBe(before - 1);
		else await group.waitFor({ state: 'detached' });
	}
}

/** The review item (or bank item) whose question starts with `ask`. */
function item(page: Page, ask: string | RegExp): Locator {
	return page.getByRole('listitem', { name: ask });
}

/** True when the element has the keyboard focus. */
function focused(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => el === document.activeElement);
}

/** Selects `fragment` inside the editor's shown paragraph, as a mouse would. */
async function selectInParagraph(page: Page, fragment: string) {
	await page.getByTestId('evidence-paragraph').evaluate((el, wanted) => {
		const node = el.firstChild as Text;
		const start = (node.textContent ?? '').indexOf(wanted);
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, start + wanted.length);
		const selection = document.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
	}, fragment);
}

/** Rates the first flashcard "Dobre" and waits until the rating is stored. */
async function rateOneCard(page: Page, bank: string) {
	await page.goto(at(`/${bank}/cards`));
	await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
	await page.getByRole('button', { name: /^Dobre/ }).click();
	await page
		.locator('p.status[role="status"]')
		.filter({ hasText: 'Dobre — następna powtórka za' })
		.waitFor();
}

/** The bank page's due counts as [Nowe, W nauce, Do powtórki], once they are counted. */
async function dueCounts(page: Page, bank: string): Promise<number[]> {
	await page.goto(at(`/${bank}`));
	const due = page.getByTestId('due-counts');
	await page.locator('[data-testid="due-counts"][data-ready]').waitFor();
	return (await due.locator('strong').allInnerTexts()).map(Number);
}

describe('Nowy zestaw z tekstu', () => {
	it('the page and the worker that makes proposals are precached', () => {
		const urls = [...readFileSync('build/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(urls).toContain('add/text');
		expect(
			urls.filter((u) => /^_app\/immutable\/workers\/worker-[\w-]+\.js$/.test(u ?? ''))
		).toHaveLength(1);
	});

	it('paste → review, edit, write by hand → save → quiz and flashcards, all offline', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await textPage(context);
		// Everything from here on works without a network: the page, its worker, the storage.
		await context.setOffline(true);

		await propose(page, 'Most w Toruniu', NEWS);
		const made = await proposalsReady(page);
		expect(made).toBeGreaterThanOrEqual(8);
		await page.getByRole('heading', { name: 'Propozycje do przejrzenia' }).waitFor();
		// Every proposal shows its evidence marked in its paragraph.
		await page
			.locator('mark', { hasText: 'Most zaprojektowało biuro Transprojekt Gdańsk.' })
			.first()
			.waitFor();
		expect(await seriousA11yViolations(page)).toEqual([]);

		await acceptAll(page);
		await page.getByText(`Zatwierdzone: ${made}, odrzucone: 0, do przejrzenia: 0`).waitFor();

		// Edytuj: the same form as a new item, prefilled.
		const cloze = item(page, /^Uzupełnij zdanie z tekstu\. Most zaprojektowało biuro/);
		await cloze.getByRole('button', { name: 'Edytuj' }).click();
		const editForm = page.getByRole('form', { name: 'Edycja pytania' });
		await expect(editForm.getByLabel('Rodzaj pytania').inputValue()).resolves.toBe('cloze');
		await expect(editForm.getByLabel('Odpowiedzi do luk').inputValue()).resolves.toBe(
			'Transprojekt Gdańsk'
		);
		await editForm.getByLabel('Polecenie').fill('Kto zaprojektował most?');
		await editForm.getByRole('button', { name: 'Zatwierdź zmiany' }).click();
		const edited = item(page, /^Kto zaprojektował most\?/);
		await edited.waitFor();
		// The focus goes back to the edited item.
		await expect(focused(edited.getByRole('button', { name: 'Edytuj' }))).resolves.toBe(true);

		// Dodaj pytanie: a single choice, its evidence picked from the list of sentences.
		await page.getByRole('button', { name: 'Dodaj pytanie' }).click();
		const newQuestion = page.getByRole('form', { name: 'Nowe pytanie' });
		await expect(focused(newQuestion.getByLabel('Rodzaj pytania'))).resolves.toBe(true);
		expect(await seriousA11yViolations(page)).toEqual([]);
		await newQuestion.getByLabel('Polecenie').fill('Jaką długość ma nowy most w Toruniu?');
		await newQuestion.getByLabel('Odpowiedź 1', { exact: true }).fill('980 metrów');
		await newQuestion.getByLabel('Odpowiedź 2', { exact: true }).fill('420 metrów');
		await newQuestion.getByLabel('Odpowiedź 3', { exact: true }).fill('25 metrów');
		await newQuestion.getByRole('button', { name: 'Dodaj do zestawu' }).click();
		// Without a quote the form says so next to the evidence, in Polish.
		await newQuestion.getByText('Dodaj co najmniej jeden cytat z tekstu.').waitFor();
		await newQuestion
			.getByLabel('Zdanie z akapitu')
			.selectOption({ label: 'Przeprawa ma długość 980 metrów i kosztowała 420 mln zł.' });
		await newQuestion.getByRole('button', { name: 'Dodaj zdanie' }).click();
		await newQuestion
			.locator('q', { hasText: 'Przeprawa ma długość 980 metrów i kosztowała 420 mln zł.' })
			.waitFor();
		await newQuestion.getByRole('button', { name: 'Dodaj do zestawu' }).click();
		await item(page, /^Jaką długość ma nowy most w Toruniu\?/).waitFor();

		// Dodaj fiszkę: evidence selected in the paragraph; a quote not in the text is refused.
		await page.getByRole('button', { name: 'Dodaj fiszkę' }).click();
		const newCard = page.getByRole('form', { name: 'Nowa fiszka' });
		await newCard.getByLabel('Przód fiszki').fill('Gdzie otwarto nowy most na Wiśle?');
		await newCard.getByLabel('Tył fiszki').fill('W Toruniu');
		await newCard.getByRole('button', { name: 'Dodaj zaznaczony fragment' }).click();
		await newCard.getByText('Zaznacz fragment w tekście akapitu powyżej.').waitFor();
		await selectInParagraph(page, 'w Toruniu otwarto nowy most drogowy na Wiśle');
		await newCard.getByRole('button', { name: 'Dodaj zaznaczony fragment' }).click();
		await newCard
			.locator('q', { hasText: 'w Toruniu otwarto nowy most drogowy na Wiśle' })
			.waitFor();
		await newCard.getByRole('button', { name: 'Dodaj do zestawu' }).click();
		await item(page, 'Gdzie otwarto nowy most na Wiśle?').waitFor();
		await page.getByText(`Zatwierdzone: ${made + 2}, odrzucone: 0, do przejrzenia: 0`).waitFor();

		await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: 'Zapisano zestaw „Most w Toruniu”.' })
			.waitFor();
		await page.getByRole('link', { name: 'Otwórz zestaw' }).click();
		await page.waitForURL(at('/moj-most-w-toruniu'));
		await page.getByRole('heading', { level: 1, name: 'Most w Toruniu' }).waitFor();
		await page.getByText('Twój zestaw').waitFor();

		// A quiz of the question written by hand (the only single choice).
		await page.getByRole('link', { name: 'Rozpocznij quiz' }).click();
		const types = page.getByRole('group', { name: 'Rodzaje pytań' });
		await types.waitFor();
		for (const box of await types.getByRole('checkbox').all()) {
			const label = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
			if (label === 'jednokrotny wybór') await box.check();
			else await box.uncheck();
		}
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await page.getByText('Jaką długość ma nowy most w Toruniu?').waitFor();
		await page.getByRole('radio', { name: '980 metrów' }).check();
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		await page
			.getByText(/^Dobrze!/)
			.first()
			.waitFor();

		// Flashcards, then an offline reload and more flashcards.
		await rateOneCard(page, 'moj-most-w-toruniu');
		await page.reload();
		await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
		await page.getByRole('button', { name: /^Dobre/ }).click();
		await page
			.locator('p.status[role="status"]')
			.filter({ hasText: 'Dobre — następna powtórka za' })
			.waitFor();
		await expect(dueCounts(page, 'moj-most-w-toruniu')).resolves.toEqual([4, 2, 0]);
		expect(foreign).toEqual([]);
		await context.close();
	}, 180_000);

	it('bad input: clear Polish messages, the text stays, the page keeps working', async () => {
		const context = await phoneContext(browser);
		const page = await textPage(context);
		const alert = page.getByRole('alert');
		const text = page.getByLabel('Tekst', { exact: true });

		await propose(page, '', NEWS);
		await page.getByText('Podaj tytuł zestawu.').waitFor();
		await expect(page.getByLabel('Tytuł zestawu').getAttribute('aria-invalid')).resolves.toBe(
			'true'
		);

		await propose(page, 'Pusty', '  \n\n  ');
		await alert.filter({ hasText: 'Tekst jest pusty. Wklej tekst lekcji albo notatek.' }).waitFor();

		await propose(page, 'Liczby', '123 456\n\n— 7 —');
		await alert.filter({ hasText: /W tekście nie ma zdań/ }).waitFor();
		await expect(text.inputValue()).resolves.toBe('123 456\n\n— 7 —');

		// A 1 MB paste is refused at once; the text stays in the field.
		const huge = `${'Wisła jest najdłuższą rzeką Polski. '.repeat(29_000)}`;
		await text.fill(huge);
		await page.getByRole('button', { name: /^Przygotuj propozycje/ }).click();
		await alert.filter({ hasText: /Tekst jest za długi: 1\s043\s999 znaków/ }).waitFor();
		await expect(text.inputValue()).resolves.toHaveLength(huge.length);

		// Another language: said so, and the person may go on.
		await propose(page, 'Most', ENGLISH);
		await alert.filter({ hasText: 'Ten tekst nie wygląda na polski.' }).waitFor();
		await page.getByRole('button', { name: 'To jest tekst po polsku — kontynuuj' }).click();
		await page.getByRole('heading', { name: 'Propozycje do przejrzenia' }).waitFor();

		// HTML from a web page: only its text, never markup.
		const html = `<html><body><h1>Most</h1><p>W 2022 r. w <b>Toruniu</b> otwarto nowy most.</p><script>window.hacked = true</script><p onclick="alert(1)">Most ma długość 980 metrów.</p></body></html>`;
		await propose(page, 'Strona', html);
		await proposalsReady(page);
		await page
			.getByText('Wklejono stronę internetową: zostawiono sam tekst, bez formatowania.')
			.waitFor();
		await page.getByText('W 2022 r. w Toruniu otwarto nowy most.').first().waitFor();
		expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
		expect(await page.locator('main b, main [onclick]').count()).toBe(0);

		// A .txt file fills the text and the title; a file that is not text is refused.
		await page.getByLabel('Tytuł zestawu').fill('');
		await page.getByLabel('Otwórz plik .txt lub .md').setInputFiles({
			name: 'most_w_toruniu.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(NEWS, 'utf8')
		});
		await page
			.getByRole('status')
			.filter({ hasText: 'Wczytano plik most_w_toruniu.txt.' })
			.waitFor();
		await expect(text.inputValue()).resolves.toBe(NEWS);
		await expect(page.getByLabel('Tytuł zestawu').inputValue()).resolves.toBe('most w toruniu');
		await page.getByLabel('Otwórz plik .txt lub .md').setInputFiles({
			name: 'zdjecie.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xc3, 0x28])
		});
		await alert.filter({ hasText: /Ten plik nie jest plikiem tekstowym/ }).waitFor();
		await expect(text.inputValue()).resolves.toBe(NEWS);
		await context.close();
	}, 120_000);

	it('Edytuj zestaw changes a bank on the device and keeps the progress of unchanged items', async () => {
		const context = await phoneContext(browser);
		const page = await textPage(context);
		await propose(page, 'Most do edycji', NEWS);
		await proposalsReady(page);
		await acceptAll(page);
		await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
		await page.getByRole('link', { name: 'Otwórz zestaw' }).waitFor();
		const bank = 'moj-most-do-edycji';
		const before = await dueCounts(page, bank);
		const cards = before.reduce((a, b) => a + b, 0);

		await rateOneCard(page, bank);
		await expect(dueCounts(page, bank)).resolves.toEqual([cards - 1, 1, 0]);

		await page.getByRole('link', { name: 'Edytuj zestaw' }).click();
		await page.getByRole('heading', { level: 1, name: 'Edytuj zestaw: Most do edycji' }).waitFor();
		expect(await seriousA11yViolations(page)).toEqual([]);
		// Change a question's wording and remove the last flashcard (never the first, which was rated).
		const question = item(page, /^Uzupełnij zdanie z tekstu\. Most zaprojektowało biuro/);
		await question.getByRole('button', { name: 'Edytuj' }).click();
		const form = page.getByRole('form', { name: 'Edycja pytania' });
		await form.getByLabel('Polecenie').fill('Kto zaprojektował most w Toruniu?');
		await form.getByRole('button', { name: 'Zatwierdź zmiany' }).click();
		const cardList = page.getByRole('region', { name: /^Fiszki/ });
		await cardList.getByRole('listitem').last().getByRole('button', { name: 'Usuń' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /Masz niezapisane zmiany\./ })
			.waitFor();
		await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
		await page.getByRole('status').filter({ hasText: 'Zapisano zmiany w zestawie.' }).waitFor();

		await page.reload();
		await item(page, /^Kto zaprojektował most w Toruniu\?/).waitFor();
		await expect(cardList.getByRole('listitem').count()).resolves.toBe(cards - 1);
		// The rated card is still "W nauce": its progress is kept by its id.
		await expect(dueCounts(page, bank)).resolves.toEqual([cards - 2, 1, 0]);

		// Built-in banks cannot be edited: no link, and the page says so.
		await page.goto(at('/kazachstan-2022-11'));
		await page.getByRole('link', { name: 'Rozpocznij quiz' }).waitFor();
		await expect(page.getByRole('link', { name: 'Edytuj zestaw' }).count()).resolves.toBe(0);
		await page.goto(at('/kazachstan-2022-11/edit'));
		await page.getByText(/^Zestawów wbudowanych w aplikację nie można edytować/).waitFor();
		await context.close();
	}, 120_000);
});
