import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { pack } from '../../src/lib/classroom/codec';
import { decodeConfig, encodeConfig, type ClassroomConfig } from '../../src/lib/classroom/config';
import { decodeResult, encodeResult } from '../../src/lib/classroom/result';
import { launch } from './chromium';
import { at, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';

const BANK = 'kazachstan-2022-11';
const loaded = loadBankDir(process.cwd(), BANK);
const question = (id: string) => {
	const q = loaded.bank.questions.find((x) => x.id === id);
	if (!q) throw new Error(`no ${id}`);
	return q;
};

let browser: Browser;
/** The teacher's browser: keeps the created quiz and the imported results. */
let teacher: BrowserContext;
let teacherPage: Page;
/** The share link of the quiz created in the first test, and its decoded configuration. */
let link = '';
let code = '';
let config: ClassroomConfig;
/** The result code the student sent. */
let studentCode = '';
/** The name the student typed (empty until the student test ran). */
let studentName = '';

beforeAll(async () => {
	browser = await launch();
	teacher = await browser.newContext({
		viewport: { width: 1100, height: 900 },
		locale: 'pl-PL',
		acceptDownloads: true
	});
	teacherPage = await teacher.newPage();
});
afterAll(async () => {
	await browser?.close();
});

/** Waits until the page's scripts have taken over (the prerendered HTML is inert before). */
async function hydrated(page: Page) {
	await page.waitForLoadState('networkidle');
}

/**
 * The exam a student takes: the teacher's from the first test when it ran, else a fixed one
 * like it (five single-choice or true/false questions), so the student test also runs alone.
 */
async function examForStudent(): Promise<{ link: string; config: ClassroomConfig }> {
	if (link) return { link, config };
	const fixed: ClassroomConfig = {
		v: 1,
		quizId: 'sprawdzian2b',
		title: 'Sprawdzian — klasa 2b',
		bankId: BANK,
		questionIds: loaded.bank.questions
			.filter((q) => q.type === 'single' || q.type === 'true-false')
			.slice(0, 5)
			.map((q) => q.id),
		seed: 'klasa-2b',
		mode: 'exam',
		timeLimitMinutes: 0,
		shuffle: true
	};
	return { link: at(`/classroom/quiz#${await encodeConfig(fixed)}`), config: fixed };
}

describe('classroom quiz', () => {
	it('the teacher creates an exam quiz and gets a link, a QR code and the other views', async () => {
		const foreign = watchForeignRequests(teacher);
		const page = teacherPage;
		await page.goto(at('/classroom'));
		await hydrated(page);
		await page.getByLabel('Tytuł quizu').fill('Sprawdzian — klasa 2b');
		// Only questions a test can answer by clicking: single choice and true/false.
		for (const type of ['Wielokrotny wybór', 'Krótka odpowiedź', 'Liczba', 'Dopasowanie']) {
			await page.getByRole('checkbox', { name: type }).uncheck();
		}
		for (const type of ['Kolejność', 'Luki w tekście']) {
			await page.getByRole('checkbox', { name: type }).uncheck();
		}
		await page.getByLabel('Liczba pytań').fill('5');
		await page.getByRole('radio', { name: /Egzamin/ }).check();
		await page.getByRole('button', { name: 'Utwórz quiz' }).click();

		link = await page.getByRole('textbox', { name: 'Link do quizu' }).inputValue();
		expect(link.startsWith(at('/classroom/quiz#'))).toBe(true);
		code = link.slice(link.indexOf('#') + 1);
		const decoded = await decodeConfig(code);
		if (!decoded.ok) throw new Error(decoded.reason);
		config = decoded.value;
		const singles = loaded.bank.questions
			.filter((q) => q.type === 'single' || q.type === 'true-false')
			.map((q) => q.id);
		expect(config.questionIds).toHaveLength(Math.min(5, singles.length));
		expect(config.questionIds.every((id) => singles.includes(id))).toBe(true);
		expect(config).toMatchObject({
			title: 'Sprawdzian — klasa 2b',
			bankId: BANK,
			mode: 'exam',
			timeLimitMinutes: 0,
			shuffle: true
		});

		const qr = page.getByRole('img', { name: 'Kod QR z linkiem do quizu „Sprawdzian — klasa 2b”' });
		await expect(qr.isVisible()).resolves.toBe(true);
		await expect(qr.locator('path').getAttribute('d')).resolves.toMatch(/^M4 4h7v1h-7z/);
		for (const name of [
			'Tryb prezentacji',
			'Drukuj kartę pracy',
			'Drukuj klucz odpowiedzi',
			'Wyniki klasy'
		]) {
			const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
			expect(href, name).toContain(`#${code}`);
		}
		// The quiz is kept on the teacher's device.
		await page.reload();
		await hydrated(page);
		await page.getByRole('heading', { name: 'Sprawdzian — klasa 2b', level: 3 }).waitFor();
		expect(foreign).toEqual([]);
	});

	it('projector mode: QR slide first, one question per slide, answer on a key press', async () => {
		const page = await teacher.newPage();
		await page.goto(at(`/classroom/present#${code}`));
		await hydrated(page);
		await page.getByRole('heading', { name: 'Sprawdzian — klasa 2b', level: 1 }).waitFor();
		await expect(page.getByRole('img', { name: /Kod QR/ }).isVisible()).resolves.toBe(true);
		await expect(page.getByText(link.replace(/^https?:\/\//, '')).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('button', { name: 'Pełny ekran' }).isVisible()).resolves.toBe(true);

		const first = question(config.questionIds[0] as string);
		await page.keyboard.press('ArrowRight');
		await page.getByText(`Pytanie 1 z ${config.questionIds.length}`).waitFor();
		await page.getByRole('heading', { name: first.prompt, level: 1 }).waitFor();
		await expect(page.getByText('Odpowiedź:').count()).resolves.toBe(0);
		await page.keyboard.press('Space');
		await page.getByText('Odpowiedź:').waitFor();
		await expect(page.getByText(first.explanation).isVisible()).resolves.toBe(true);

		await page.keyboard.press('PageDown');
		await page.getByText(`Pytanie 2 z ${config.questionIds.length}`).waitFor();
		await expect(page.getByText('Odpowiedź:').count()).resolves.toBe(0);
		await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
		await page.getByText('Odpowiedź:').waitFor();
		await page.keyboard.press('PageUp');
		await page.keyboard.press('ArrowLeft');
		await page.getByRole('img', { name: /Kod QR/ }).waitFor();
		await page.close();
	});

	it('prints a worksheet without answers and an answer key with them', async () => {
		const page = await teacher.newPage();
		await page.emulateMedia({ media: 'print' });
		await page.goto(at(`/classroom/print#${code}`));
		await hydrated(page);
		await page.getByRole('heading', { name: /Karta pracy/ }).waitFor();
		const sheet = await page.locator('body').innerText();
		for (const id of config.questionIds) expect(sheet).toContain(question(id).prompt);
		expect(sheet).toContain('Imię i nazwisko');
		expect(sheet).toContain(config.quizId);
		expect(sheet).not.toContain('Poprawna odpowiedź');
		expect(sheet).not.toContain(question(config.questionIds[0] as string).explanation);
		// No navigation on paper.
		await expect(
			page.getByRole('navigation', { name: 'Główna nawigacja' }).isVisible()
		).resolves.toBe(false);
		await expect(page.getByRole('button', { name: 'Drukuj' }).isVisible()).resolves.toBe(false);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(0);

		await page.goto(at(`/classroom/print?key#${code}`));
		await hydrated(page);
		await page.getByRole('heading', { name: /Klucz odpowiedzi/ }).waitFor();
		const key = await page.locator('body').innerText();
		for (const id of config.questionIds) {
			const q = question(id);
			expect(key).toContain(q.prompt);
			expect(key).toContain(q.explanation);
			if (q.type === 'single') {
				expect(key).toContain(`Poprawna odpowiedź: ${q.options.find((o) => o.correct)?.text}`);
			}
			if (q.type === 'true-false') {
				expect(key).toContain(`Poprawna odpowiedź: ${q.answer ? 'Prawda' : 'Fałsz'}`);
			}
		}
		const keyPdf = await page.pdf({ format: 'A4' });
		expect(keyPdf.subarray(0, 5).toString()).toBe('%PDF-');
		await page.close();
	});

	it('a student opens the link in another browser, goes offline, takes the exam and sends the result', async () => {
		const context = await phoneContext(browser, { acceptDownloads: true });
		const foreign = watchForeignRequests(context);
		const page = await context.newPage();
		const exam = await examForStudent();
		await page.goto(exam.link);
		await hydrated(page);
		await page.getByLabel('Imię lub pseudonim').waitFor();
		// Offline after the first visit: with the service worker in control, even a reload works.
		// Waits for the app's service worker to take control (it claims the page on install).
		const controlled = await page.evaluate(async () => {
			if (!('serviceWorker' in navigator)) return false;
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((r) =>
					navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })
				);
			}
			return !!navigator.serviceWorker.controller;
		});
		await context.setOffline(true);
		if (controlled) {
			await page.reload();
			await hydrated(page);
		}
		await expect(
			page.getByText('Egzamin: poprawne odpowiedzi zobaczysz dopiero po zakończeniu.').isVisible()
		).resolves.toBe(true);

		await page.getByRole('button', { name: 'Rozpocznij quiz' }).click();
		await page.getByRole('alert').filter({ hasText: 'Wpisz imię lub pseudonim.' }).waitFor();
		studentName = 'Żaneta Łoś';
		await page.getByLabel('Imię lub pseudonim').fill(studentName);
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).click();

		const n = exam.config.questionIds.length;
		const seen: string[] = [];
		for (let i = 0; i < n; i++) {
			await page
				.getByText(`Pytanie ${i + 1} z ${n}`)
				.first()
				.waitFor();
			const prompt = await page.locator('legend .prompt').innerText();
			const q = loaded.bank.questions.find((x) => x.prompt === prompt);
			if (!q) throw new Error(`unknown question: ${prompt}`);
			seen.push(q.id);
			// The first question right, every other one wrong.
			if (q.type === 'single') {
				const option = q.options.find((o) => (i === 0 ? o.correct : !o.correct));
				await page.getByRole('radio', { name: option?.text }).check();
			} else if (q.type === 'true-false') {
				const pick = i === 0 ? q.answer : !q.answer;
				await page.getByRole('radio', { name: pick ? 'Prawda' : 'Fałsz' }).check();
			} else throw new Error(`unexpected type ${q.type}`);
			if (i === 0) expect(await seriousA11yViolations(page), 'question').toEqual([]);
			// Exam: nothing tells whether the answer is right before the end.
			const body = await page.locator('main').innerText();
			expect(body).not.toMatch(/Dobrze!|Źle|Poprawna odpowiedź|Wyjaśnienie/);
			await page
				.getByRole('button', { name: i === n - 1 ? 'Zakończ quiz' : 'Dalej', exact: true })
				.click();
		}
		expect([...seen].sort()).toEqual([...exam.config.questionIds].sort());

		await page.getByRole('heading', { name: 'Sprawdzian — klasa 2b', level: 1 }).waitFor();
		await page
			.getByText(`Wynik: 1/${n} (${Math.round(100 / n)}%)`)
			.first()
			.waitFor();
		await page.getByRole('heading', { name: 'Wyślij wynik nauczycielowi' }).waitFor();
		studentCode = await page.getByLabel('Kod wyniku').inputValue();
		const decoded = await decodeResult(studentCode);
		if (!decoded.ok) throw new Error(decoded.reason);
		expect(decoded.value).toMatchObject({
			quizId: exam.config.quizId,
			name: studentName,
			score: 1,
			maxScore: n
		});
		expect(Object.keys(decoded.value.scores).sort()).toEqual([...exam.config.questionIds].sort());
		expect(decoded.value.scores[seen[0] as string]).toBe(1);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Pobierz plik z wynikiem' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`wynik-zaneta-los-${exam.config.quizId}.json`);
		const file = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
		expect(file).toMatchObject({ format: 'kartkowka-wynik', name: studentName, code: studentCode });

		expect(await seriousA11yViolations(page), 'result page').toEqual([]);

		// The result stays on the phone: reopening the link shows it again, not a new quiz.
		if (!controlled) await context.setOffline(false);
		await page.reload();
		await hydrated(page);
		await page.getByLabel('Kod wyniku').waitFor();
		await expect(page.getByLabel('Kod wyniku').inputValue()).resolves.toBe(studentCode);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('the teacher imports codes and files: tables, flags, CSV, stored with the quiz', async () => {
		const page = teacherPage;
		const made = (
			name: string,
			right: number,
			quizId = config.quizId,
			finishedAt = 1_795_000_000_000
		) =>
			encodeResult({
				v: 1,
				quizId,
				name,
				answers: Object.fromEntries(config.questionIds.map((id) => [id, 0])),
				scores: Object.fromEntries(config.questionIds.map((id, i) => [id, i < right ? 1 : 0])),
				score: right,
				maxScore: config.questionIds.length,
				durationMs: 125_000,
				finishedAt
			});
		const bartek = await made('Bartek', 1);
		const celina = await made('Celina Ćwik', config.questionIds.length);
		const other = await made('Darek', 1, 'innyquiz01');

		await page.goto(at('/classroom/results'));
		await hydrated(page);
		await page.getByLabel('Quiz', { exact: true }).selectOption(config.quizId);
		await page.getByRole('heading', { name: 'Sprawdzian — klasa 2b', level: 2 }).waitFor();

		const pasted = [studentCode, bartek, other, bartek].filter(Boolean).join('\n');
		await page.getByLabel('Kody wyników (jeden w wierszu)').fill(pasted);
		await page.getByRole('button', { name: 'Dodaj kody' }).click();
		const students = page.getByRole('region', { name: 'Wyniki uczniów' });
		await students.getByRole('rowheader', { name: 'Bartek' }).waitFor();

		await page.getByLabel('Pliki z wynikami').setInputFiles([
			{
				name: 'wynik-celina.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify({ format: 'kartkowka-wynik', v: 1, code: celina }))
			},
			{ name: 'zakupy.txt', mimeType: 'text/plain', buffer: Buffer.from('mleko, chleb') }
		]);
		await students.getByRole('rowheader', { name: 'Celina Ćwik' }).waitFor();
		const flagged = page.getByRole('region', { name: 'Wyniki odłożone na bok' });
		await expect(flagged.innerText()).resolves.toContain(
			'zakupy.txt — Plik nie jest plikiem wyniku z Kartkówki'
		);
		await expect(flagged.innerText()).resolves.toContain('Darek — Wynik innego quizu');

		const n = config.questionIds.length;
		const rows = await students.getByRole('row').allInnerTexts();
		expect(rows.slice(1).map((r) => r.split('\t').slice(0, 3))).toEqual(
			[
				['Bartek', `1/${n}`, `${Math.round(100 / n)}%`],
				['Celina Ćwik', `${n}/${n}`, '100%'],
				...(studentName ? [[studentName, expect.any(String), expect.any(String)]] : [])
			].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'pl'))
		);
		await expect(page.getByText('Średni wynik:').isVisible()).resolves.toBe(true);
		const questions = page.getByRole('region', { name: /Pytania/ });
		await expect(questions.getByRole('row').count()).resolves.toBe(n + 1);
		await expect(
			page.getByRole('table', { name: 'Rozkład wyników' }).innerText()
		).resolves.toContain('80–100%');

		// CSV with a BOM and semicolons, Polish letters intact.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Eksportuj CSV' }).click()
		]);
		const bytes = await readFile((await download.path()) as string);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = bytes.toString('utf8').slice(1).split('\r\n');
		expect(csv[0]?.startsWith('Uczeń;Wynik;Maksimum;Procent;Czas (s);Zakończono;1. ')).toBe(true);
		expect(csv.some((l) => l.startsWith(`Celina Ćwik;${n};${n};100;125;`))).toBe(true);
		if (studentName) expect(csv.some((l) => l.startsWith(`${studentName};`))).toBe(true);

		// Stored with the quiz: still there after a reload; the same code again is a duplicate.
		await page.reload();
		await hydrated(page);
		await students.getByRole('rowheader', { name: 'Celina Ćwik' }).waitFor();
		await page.getByLabel('Kody wyników (jeden w wierszu)').fill(celina);
		await page.getByRole('button', { name: 'Dodaj kody' }).click();
		await page.getByText('Nie dodano żadnego nowego wyniku.').waitFor();
		await expect(flagged.innerText()).resolves.toContain(
			'Celina Ćwik — Ten sam wynik zaimportowano już wcześniej'
		);
	});

	it('a tampered or truncated link opens an error page, never a half-configured quiz', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		const i = Math.floor(code.length / 2);
		const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
		for (const bad of [tampered, code.slice(0, -6), `${code.slice(0, 20)}%E0%A4%A`]) {
			await page.goto(at(`/classroom/quiz#${bad}`));
			await hydrated(page);
			await page.getByRole('heading', { name: 'Nie można otworzyć quizu' }).waitFor();
			await expect(page.getByRole('alert').innerText()).resolves.toBe(
				'Link jest uszkodzony lub niepełny'
			);
			await expect(page.getByLabel('Imię lub pseudonim').count()).resolves.toBe(0);
		}
		await page.goto(at('/classroom/quiz'));
		await hydrated(page);
		await page.getByRole('heading', { name: 'Nie można otworzyć quizu' }).waitFor();
		await context.close();
	});
	it('names the reason when a link needs a newer app or a question the app lacks', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		const cases: [string, string][] = [
			[await pack('config', { ...config, v: 2 }), 'Ten quiz wymaga nowszej wersji aplikacji'],
			[
				await encodeConfig({ ...config, questionIds: ['q-pierwsza-wizyta', 'q-nie-ma-takiego'] }),
				'W zestawie nie ma pytania q-nie-ma-takiego'
			]
		];
		for (const [bad, reason] of cases) {
			await page.goto(at('/'));
			await page.goto(at(`/classroom/quiz#${bad}`));
			await hydrated(page);
			await page.getByRole('heading', { name: 'Nie można otworzyć quizu' }).waitFor();
			await expect(page.getByRole('alert').innerText()).resolves.toBe(reason);
		}
		await context.close();
	});

	it('practice mode shows the feedback after each answer', async () => {
		const practice = await encodeConfig({
			...(await examForStudent()).config,
			quizId: 'praktyka01',
			title: 'Powtórka',
			questionIds: ['q-pierwsza-wizyta'],
			mode: 'practice'
		});
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(at(`/classroom/quiz#${practice}`));
		await hydrated(page);
		await page.getByLabel('Imię lub pseudonim').fill('Kuba');
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).click();
		await page.getByRole('radio', { name: 'Do Paryża' }).check();
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		await page.getByRole('heading', { name: /Źle/ }).waitFor();
		await expect(
			page.getByText('Poprawna odpowiedź: Do Moskwy', { exact: true }).isVisible()
		).resolves.toBe(true);
		await page.getByRole('button', { name: 'Zobacz wynik' }).click();
		await page.getByText('Wynik: 0/1 (0%)').first().waitFor();
		await page.getByRole('heading', { name: 'Wyślij wynik nauczycielowi' }).waitFor();
		await context.close();
	});

	it('axe-core finds no serious or critical violation on any classroom page, light or dark', async () => {
		const bad = code.slice(0, -6);
		const pages = [
			'/classroom',
			`/classroom/quiz#${code}`,
			`/classroom/quiz#${bad}`,
			`/classroom/results#${code}`,
			'/classroom/results',
			`/classroom/present#${code}`,
			`/classroom/print#${code}`,
			`/classroom/print?key#${code}`
		];
		for (const colorScheme of ['light', 'dark'] as const) {
			await teacherPage.emulateMedia({ colorScheme, media: 'screen' });
			for (const path of pages) {
				await teacherPage.goto(at('/'));
				await teacherPage.goto(at(path));
				await hydrated(teacherPage);
				await teacherPage.getByRole('heading', { level: 1 }).first().waitFor();
				expect(await seriousA11yViolations(teacherPage), `${colorScheme} ${path}`).toEqual([]);
			}
			// The set-up page with its share panel, and a question slide of the projector.
			await teacherPage.goto(at('/classroom'));
			await hydrated(teacherPage);
			await teacherPage.getByRole('button', { name: 'Utwórz quiz' }).click();
			await teacherPage.getByRole('img', { name: /Kod QR/ }).waitFor();
			expect(await seriousA11yViolations(teacherPage), `${colorScheme} share`).toEqual([]);
			await teacherPage.goto(at(`/classroom/present#${code}`));
			await hydrated(teacherPage);
			await teacherPage.keyboard.press('ArrowRight');
			await teacherPage.keyboard.press('Enter');
			await teacherPage.getByText('Odpowiedź:').waitFor();
			expect(await seriousA11yViolations(teacherPage), `${colorScheme} slide`).toEqual([]);
		}
	}, 240_000);

	it('needs no horizontal scrolling on a 320 px phone', async () => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		for (const path of [
			'/classroom',
			`/classroom/quiz#${code}`,
			`/classroom/results#${code}`,
			`/classroom/present#${code}`,
			`/classroom/print#${code}`
		]) {
			await page.goto(at('/'));
			await page.goto(at(path));
			await hydrated(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});

describe('class results agree with themselves', () => {
	it('the notice counts exactly the rows that appear, and every page counts the same students after a reload', async () => {
		const own: ClassroomConfig = {
			v: 1,
			quizId: 'zgodne0001',
			title: 'Wyniki, które się zgadzają',
			bankId: BANK,
			questionIds: loaded.bank.questions
				.filter((q) => q.type === 'single')
				.slice(0, 2)
				.map((q) => q.id),
			seed: 'zgodne',
			mode: 'exam',
			timeLimitMinutes: 0,
			shuffle: false
		};
		const made = (name: string, quizId = own.quizId) =>
			encodeResult({
				v: 1,
				quizId,
				name,
				answers: Object.fromEntries(own.questionIds.map((id) => [id, 0])),
				scores: Object.fromEntries(own.questionIds.map((id) => [id, 1])),
				score: own.questionIds.length,
				maxScore: own.questionIds.length,
				durationMs: 60_000,
				finishedAt: 1_795_000_000_000
			});
		const ala = await made('Ala');
		const bartek = await made('Bartek');
		const other = await made('Darek', 'innyquiz02');
		const ownCode = await encodeConfig(own);
		const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.goto(at(`/classroom/results#${ownCode}`));
		await hydrated(page);
		const codes = page.getByLabel('Kody wyników (jeden w wierszu)');
		const add = page.getByRole('button', { name: 'Dodaj kody' });
		const status = page.getByRole('status');
		const students = page.getByRole('region', { name: 'Wyniki uczniów' });
		const flagged = page.getByRole('region', { name: 'Wyniki odłożone na bok' });

		// A code with spaces inside (as some messengers break it) is read, not lost.
		const spaced = `${ala.slice(0, 12)} ${ala.slice(12, 30)}   ${ala.slice(30)}`;
		await codes.fill([spaced, bartek, other, bartek].join('\n'));
		await add.click();
		await status
			.filter({ hasText: 'Dodano 2 wyniki. Pominięto 2: inny quiz — 1, duplikat — 1.' })
			.waitFor();
		await expect(students.getByRole('rowheader').allInnerTexts()).resolves.toEqual([
			'Ala',
			'Bartek'
		]);
		await expect(page.getByText('Średni wynik:').locator('..').innerText()).resolves.toContain(
			'2 uczniów'
		);
		await expect(flagged.innerText()).resolves.toContain('Darek — Wynik innego quizu');
		await expect(flagged.innerText()).resolves.toContain(
			'Bartek — Ten sam wynik zaimportowano już wcześniej'
		);

		// The same student under another spelling, and a huge broken code: nothing is added,
		// and the message shows only the start of what was pasted.
		await codes.fill([await made(' ALA '), 'x'.repeat(5000)].join('\n'));
		await add.click();
		await status
			.filter({
				hasText:
					'Nie dodano żadnego nowego wyniku. Pominięto 2: nieczytelny — 1, ten sam uczeń — 1.'
			})
			.waitFor();
		await expect(students.getByRole('rowheader').count()).resolves.toBe(2);
		const flaggedText = await flagged.innerText();
		expect(flaggedText).toContain(`${'x'.repeat(23)}…`);
		expect(flaggedText).not.toContain('x'.repeat(61));

		await page.reload();
		await hydrated(page);
		await students.getByRole('rowheader', { name: 'Bartek' }).waitFor();
		await expect(students.getByRole('rowheader').count()).resolves.toBe(2);
		await expect(
			page.getByRole('option', { name: 'Wyniki, które się zgadzają (2 uczniów)' }).count()
		).resolves.toBe(1);
		await page.goto(at('/classroom'));
		await hydrated(page);
		const card = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: own.title, level: 3 }) });
		await expect.poll(() => card.innerText()).toContain('2 uczniów');
		await context.close();
	});
});
