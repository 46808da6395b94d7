/**
 * Classroom quizzes and the learner's quiz on a bank of the teacher's own (imported with
 * "Dodaj zestaw"): a link that carries its questions reaches a phone that never saw the bank;
 * a quiz too big for a QR code sends the students to the bank file first.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/bank/types';
import { parseBankFile } from '../../src/lib/banks/file';
import { decodeConfig } from '../../src/lib/classroom/config';
import { decodeResult } from '../../src/lib/classroom/result';
import { realBankFile } from '../unit/banks-fixtures';
import { launch } from './chromium';
import {
	addPageHydrated,
	at,
	clickUntilExpanded,
	phoneContext,
	seriousA11yViolations,
	watchForeignRequests
} from './helpers';

/** The teacher's own bank, written by hand in the documented single-file form. */
const WISLA = readFileSync('tests/fixtures/classroom/wisla.yaml', 'utf8');
const wisla = (() => {
	const result = parseBankFile(WISLA, 'wisla.yaml');
	if (!result.ok) throw new Error('the fixture bank is invalid');
	return result.loaded.bank;
})();
/** The built-in bank under another id and title: more questions than a QR code carries. */
const BIG = JSON.stringify({ ...realBankFile(), id: 'kazachstan-kopia', title: 'Mój Kazachstan' });

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const teacherContext = () =>
	browser.newContext({
		viewport: { width: 1100, height: 900 },
		locale: 'pl-PL',
		acceptDownloads: true
	});

/** Waits until the page's scripts have taken over (the prerendered HTML is inert before). */
async function hydrated(page: Page) {
	await page.waitForLoadState('networkidle');
}

/** Waits until the service worker controls the page (then the app works offline). */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Imports a bank file on "Dodaj zestaw" and waits until it is stored. */
async function importBank(page: Page, name: string, content: string) {
	await page.goto(at('/add'));
	await controlled(page);
	await page.getByRole('heading', { level: 1, name: 'Dodaj zestaw' }).waitFor();
	await addPageHydrated(page);
	await page.getByLabel('Otwórz plik').setInputFiles({
		name,
		mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml',
		buffer: Buffer.from(content, 'utf8')
	});
	await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
	await page.getByRole('link', { name: 'Przejdź do zestawu' }).waitFor();
}

/** Creates a practice quiz on the set-up page from the bank `bankId`; resolves its link. */
async function createQuiz(page: Page, bankId: string, title: string, count: number) {
	await page.goto(at('/classroom'));
	await hydrated(page);
	await page.getByLabel('Zestaw').selectOption(bankId);
	await page.getByLabel('Tytuł quizu').fill(title);
	await page.getByLabel('Liczba pytań').fill(String(count));
	await page.getByRole('button', { name: 'Utwórz quiz' }).click();
	await page.getByRole('heading', { name: `Link dla uczniów: ${title}` }).waitFor();
	return page.getByRole('textbox', { name: 'Link do quizu' }).inputValue();
}

function byPrompt(prompt: string): Question {
	const q = wisla.questions.find((x) => x.prompt === prompt);
	if (!q) throw new Error(`unknown question: ${prompt}`);
	return q;
}

/** Answers the question shown by clicking: right, or wrong when `right` is false. */
async function answer(page: Page, q: Question, right: boolean) {
	if (q.type === 'single') {
		const option = q.options.find((o) => o.correct === right);
		await page.getByRole('radio', { name: option?.text, exact: true }).check();
	} else if (q.type === 'true-false') {
		const pick = right ? q.answer : !q.answer;
		await page.getByRole('radio', { name: pick ? 'Prawda' : 'Fałsz' }).check();
	} else throw new Error(`unexpected type ${q.type}`);
}

/**
 * Runs a practice quiz of `n` questions to its result; `wrong` are the ids answered wrong.
 * Resolves the ids in the order they were asked.
 */
async function practise(page: Page, n: number, wrong: readonly string[] = []) {
	const seen: string[] = [];
	for (let i = 0; i < n; i++) {
		await page
			.getByText(`Pytanie ${i + 1} z ${n}`)
			.first()
			.waitFor();
		const q = byPrompt(await page.locator('legend .prompt').innerText());
		seen.push(q.id);
		await answer(page, q, !wrong.includes(q.id));
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		await page.locator('.feedback').getByText(q.explanation).waitFor();
		await page.getByRole('button', { name: i === n - 1 ? 'Zobacz wynik' : 'Dalej' }).click();
	}
	return seen;
}

describe("classroom quiz from a bank of the teacher's own", () => {
	it('the link carries the questions: projector, worksheet, a phone without the bank, Wyniki klasy', async () => {
		const teacher = await teacherContext();
		const foreign = watchForeignRequests(teacher);
		const page = await teacher.newPage();
		await importBank(page, 'wisla.yaml', WISLA);
		const link = await createQuiz(page, 'moj-wisla', 'Wisła — klasa 3a', 5);
		await page
			.getByRole('status')
			.filter({ hasText: 'Link zawiera pytania quizu, więc uczniowie nie potrzebują' })
			.waitFor();
		await expect(
			page.getByRole('heading', { name: 'Uczniowie potrzebują pliku zestawu' }).count()
		).resolves.toBe(0);
		const code = link.slice(link.indexOf('#') + 1);
		const decoded = await decodeConfig(code);
		if (!decoded.ok) throw new Error(decoded.reason);
		const config = decoded.value;
		expect(config.v).toBe(2);
		expect([config.bankId, [...config.questionIds].sort()]).toEqual([
			'moj-wisla',
			wisla.questions.map((q) => q.id).sort()
		]);
		const qr = page.getByRole('img', { name: 'Kod QR z linkiem do quizu „Wisła — klasa 3a”' });
		await expect(qr.isVisible()).resolves.toBe(true);
		expect(await seriousA11yViolations(page)).toEqual([]);

		// Projector and worksheet, offline after a reload (the link needs nothing else).
		await teacher.setOffline(true);
		await page.goto(at(`/classroom/present#${code}`));
		await hydrated(page);
		await page.getByRole('heading', { name: 'Wisła — klasa 3a', level: 1 }).waitFor();
		await page.getByText('Zeskanuj kod telefonem — pytania są w kodzie').waitFor();
		await expect(page.getByRole('img', { name: /Kod QR/ }).isVisible()).resolves.toBe(true);
		await page.keyboard.press('ArrowRight');
		await page.getByText('Pytanie 1 z 5').waitFor();
		const first = wisla.questions.find((q) => q.id === config.questionIds[0]) as Question;
		await page.getByRole('heading', { name: first.prompt, level: 1 }).waitFor();
		await page.keyboard.press('Space');
		await page.getByText(first.explanation).waitFor();

		await page.goto(at(`/classroom/print#${code}`));
		await hydrated(page);
		await page.getByRole('heading', { name: /Karta pracy/ }).waitFor();
		const sheet = await page.locator('main').innerText();
		for (const q of wisla.questions) expect(sheet).toContain(q.prompt);
		expect(sheet).toContain(`Wisła · Kod quizu: ${config.quizId}`);
		await teacher.setOffline(false);

		// A student's phone has never seen the bank; offline after the first visit.
		const phone = await phoneContext(browser);
		const phoneForeign = watchForeignRequests(phone);
		const student = await phone.newPage();
		await student.goto(link);
		await hydrated(student);
		await controlled(student);
		await phone.setOffline(true);
		await student.reload();
		await hydrated(student);
		await student.getByLabel('Imię lub pseudonim').fill('Oliwia Żak');
		await student.getByRole('button', { name: 'Rozpocznij quiz' }).click();
		const seen = await practise(student, 5, ['q-bug']);
		expect([...seen].sort()).toEqual([...config.questionIds].sort());
		await student.getByText('Wynik: 4/5 (80%)').first().waitFor();
		// The text stays on the teacher's device: no link to it in the answers reviewed.
		await student
			.getByText(wisla.questions[0]?.explanation as string)
			.first()
			.waitFor();
		await expect(student.getByRole('link', { name: 'Zobacz w tekście' }).count()).resolves.toBe(0);
		const resultCode = await student.getByLabel('Kod wyniku').inputValue();
		const result = await decodeResult(resultCode);
		expect(result.ok && [result.value.quizId, result.value.name, result.value.score]).toEqual([
			config.quizId,
			'Oliwia Żak',
			4
		]);
		expect(await seriousA11yViolations(student)).toEqual([]);
		expect(phoneForeign).toEqual([]);
		await phone.close();

		// "Wyniki klasy" on the teacher's device, unchanged for a link carrying questions.
		await page.goto(at(`/classroom/results#${code}`));
		await hydrated(page);
		await page.getByRole('heading', { name: 'Wisła — klasa 3a', level: 2 }).waitFor();
		await page.getByLabel('Kody wyników (jeden w wierszu)').fill(resultCode);
		await page.getByRole('button', { name: 'Dodaj kody' }).click();
		const students = page.getByRole('region', { name: 'Wyniki uczniów' });
		await students.getByRole('rowheader', { name: 'Oliwia Żak' }).waitFor();
		const rows = await students.getByRole('row').allInnerTexts();
		expect(rows.slice(1).map((r) => r.split('\t').slice(0, 3))).toEqual([
			['Oliwia Żak', '4/5', '80%']
		]);
		const questions = page.getByRole('region', { name: /Pytania/ });
		await expect(questions.getByRole('row').count()).resolves.toBe(6);
		await expect(questions.innerText()).resolves.toContain('Bug jest lewym dopływem Wisły.');
		expect(foreign).toEqual([]);
		await teacher.close();
	}, 180_000);

	it('too many questions for a QR code: the teacher is told and shares the bank file, which the student imports first', async () => {
		const teacher = await teacherContext();
		const page = await teacher.newPage();
		await importBank(page, 'kazachstan-kopia.json', BIG);
		const link = await createQuiz(page, 'moj-kazachstan-kopia', 'Kazachstan — 2b', 10);
		const panel = page.getByRole('region', { name: 'Pytania nie mieszczą się w kodzie QR' });
		await panel.waitFor();
		await expect(panel.innerText()).resolves.toMatch(
			/Link z pytaniami miałby \d[\d\s]* znaków, a kod QR czytelny z końca sali mieści 1370\. Zmieści się najwyżej \d pytani[ea] — zmniejsz liczbę pytań albo wyślij uczniom plik zestawu\./
		);
		await panel.getByRole('heading', { name: 'Uczniowie potrzebują pliku zestawu' }).waitFor();
		const code = link.slice(link.indexOf('#') + 1);
		const decoded = await decodeConfig(code);
		expect(decoded.ok && [decoded.value.v, decoded.value.bankId]).toEqual([
			1,
			'moj-kazachstan-kopia'
		]);
		expect(await seriousA11yViolations(page)).toEqual([]);
		await clickUntilExpanded(panel.getByRole('button', { name: 'Eksportuj zestaw' }));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			panel.getByRole('button', { name: 'Plik Kartkówki (.yaml)' }).click()
		]);
		const file = await readFile(await download.path(), 'utf8');
		await teacher.close();

		const phone = await phoneContext(browser);
		const student = await phone.newPage();
		await student.goto(link);
		await hydrated(student);
		await expect(student.getByRole('alert').innerText()).resolves.toBe(
			'Ten quiz korzysta z zestawu nauczyciela, którego nie ma na tym urządzeniu. Poproś nauczyciela o plik zestawu, otwórz go w „Dodaj zestaw”, a potem otwórz ten link jeszcze raz.'
		);
		await student.getByRole('link', { name: 'Dodaj zestaw' }).click();
		await student.getByRole('heading', { level: 1, name: 'Dodaj zestaw' }).waitFor();
		await addPageHydrated(student);
		await student.getByLabel('Otwórz plik').setInputFiles({
			name: download.suggestedFilename(),
			mimeType: 'application/yaml',
			buffer: Buffer.from(file, 'utf8')
		});
		await student.getByRole('button', { name: 'Zapisz zestaw' }).click();
		await student.getByRole('link', { name: 'Przejdź do zestawu' }).waitFor();
		await student.goto(link);
		await hydrated(student);
		await student.getByLabel('Imię lub pseudonim').fill('Kuba');
		await student.getByRole('button', { name: 'Rozpocznij quiz' }).click();
		await student.getByText('Pytanie 1 z 10').first().waitFor();
		await phone.close();
	}, 180_000);
});

describe("the learner's quiz on a bank of their own", () => {
	/** A phone with the bank imported and the quiz set up for all five questions. */
	async function quizPage(context: BrowserContext): Promise<Page> {
		const page = await context.newPage();
		await importBank(page, 'wisla.yaml', WISLA);
		await page.goto(at('/moj-wisla/quiz'));
		await hydrated(page);
		await page.getByRole('group', { name: 'Liczba pytań' }).getByLabel('5').check();
		return page;
	}

	it('Popraw błędy asks again exactly the questions answered wrong', async () => {
		const context = await phoneContext(browser);
		const page = await quizPage(context);
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await practise(page, 5, ['q-zrodlo', 'q-bug']);
		await page.getByRole('heading', { name: 'Wynik: 3/5 (60%)' }).waitFor();
		// The bank's own text is on this device: every answer reviewed links to it.
		await expect(page.getByRole('link', { name: 'Zobacz w tekście' }).count()).resolves.toBe(5);
		await page.getByRole('button', { name: 'Popraw błędy' }).click();
		const again = await practise(page, 2);
		expect([...again].sort()).toEqual(['q-bug', 'q-zrodlo']);
		await page.getByRole('heading', { name: 'Wynik: 2/2 (100%)' }).waitFor();
		await context.close();
	}, 120_000);

	it('a quiz resumes after a reload offline, and its history stays', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await quizPage(context);
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await page.getByRole('heading', { name: 'Pytanie 1 z 5' }).waitFor();
		const q1 = byPrompt(await page.locator('legend .prompt').innerText());
		await answer(page, q1, true);
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		await page.getByRole('button', { name: 'Dalej' }).click();
		await page.getByRole('heading', { name: 'Pytanie 2 z 5' }).waitFor();
		const q2 = byPrompt(await page.locator('legend .prompt').innerText());

		await context.setOffline(true);
		await page.reload();
		await page.getByRole('heading', { name: 'Pytanie 2 z 5' }).waitFor();
		expect(byPrompt(await page.locator('legend .prompt').innerText()).id).toBe(q2.id);
		for (let i = 2; i <= 5; i++) {
			await page.getByRole('heading', { name: `Pytanie ${i} z 5` }).waitFor();
			const q = byPrompt(await page.locator('legend .prompt').innerText());
			await answer(page, q, q.id !== q2.id);
			await page.getByRole('button', { name: 'Sprawdź' }).click();
			await page.getByRole('button', { name: i === 5 ? 'Zobacz wynik' : 'Dalej' }).click();
		}
		await page.getByRole('heading', { name: 'Wynik: 4/5 (80%)' }).waitFor();
		const history = page.locator('section[aria-labelledby="history-heading"] tbody tr');
		await expect(history.count()).resolves.toBe(1);
		await page.reload();
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor();
		await expect(history.count()).resolves.toBe(1);
		await expect(history.first().innerText()).resolves.toContain('4/5 (80%)');
		expect(foreign).toEqual([]);
		await context.close();
	}, 120_000);
});
