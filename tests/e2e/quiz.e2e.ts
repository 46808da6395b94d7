import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import type { Question } from '../../src/lib/bank/types';
import { foldPolish } from '../../src/lib/quiz/normalise';
import { launch } from './chromium';
import { at, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';

const BANK = 'kazachstan-2022-11';
const loaded = loadBankDir(process.cwd(), BANK);
const byId = new Map(loaded.bank.questions.map((q) => [q.id, q]));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Presses Tab until the focused element has this accessible name (keyboard only). */
async function tabTo(page: Page, name: string | RegExp, max = 80) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return '';
			return (
				el.getAttribute('aria-label') ??
				(el as HTMLInputElement).labels?.[0]?.innerText ??
				el.innerText ??
				''
			).trim();
		});
		if (typeof name === 'string' ? label === name : name.test(label)) return;
	}
	throw new Error(`Nie dotarto klawiszem Tab do: ${String(name)}`);
}

async function currentQuestion(page: Page): Promise<Question> {
	const id = await page.locator('[data-question-id]').getAttribute('data-question-id');
	const q = byId.get(id ?? '');
	if (!q) throw new Error(`nieznane pytanie ${id}`);
	return q;
}

/** Labels of the shown options, in shown order. */
async function shownOptions(page: Page): Promise<string[]> {
	return (await page.locator('[data-question-id] label.choice').allInnerTexts()).map((s) =>
		s.replace(/^\d+\s*/, '').trim()
	);
}

/**
 * Answers the current question correctly with the keyboard only; leaves focus where Enter
 * submits (a text field or the page).
 */
async function answerByKeyboard(page: Page, q: Question, practice = true) {
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const shown = await shownOptions(page);
			for (const o of q.options.filter((x) => x.correct)) {
				await page.keyboard.press(String(shown.indexOf(o.text) + 1));
			}
			return;
		}
		case 'true-false':
			await page.keyboard.press(q.answer ? '1' : '2');
			return;
		case 'short':
			await tabTo(page, 'Twoja odpowiedź');
			// Typed without Polish letters and in capitals: still right.
			await page.keyboard.type(foldPolish(q.answers[0] ?? '').toUpperCase());
			return;
		case 'numeric':
			await tabTo(page, /^Twoja odpowiedź/);
			await page.keyboard.type(
				String(q.answer)
					.replace('.', ',')
					.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
			);
			return;
		case 'cloze':
			for (let i = 0; i < q.gaps.length; i++) {
				if (i === 0) await tabTo(page, 'Luka 1');
				else await page.keyboard.press('Tab');
				await page.keyboard.type(q.gaps[i]?.[0] ?? '');
			}
			return;
		case 'match':
			for (const p of q.pairs) {
				await tabTo(page, p.left);
				await page.keyboard.press('Space');
				await tabTo(page, p.right);
				await page.keyboard.press('Space');
			}
			// Focus is on a tile, where Enter would press it: go to "Sprawdź" first.
			if (practice) await tabTo(page, 'Sprawdź');
			return;
		case 'order': {
			const target = q.items;
			for (let k = 0; k < target.length; k++) {
				const shown = await page.locator('[data-question-id] .item-text').allInnerTexts();
				const from = shown.indexOf(target[k] as string);
				if (from === k) continue;
				await tabTo(page, `Przesuń wyżej: ${target[k]}`);
				for (let s = 0; s < from - k; s++) await page.keyboard.press('Space');
			}
			// Leave the list so Enter checks rather than moving an item again.
			if (practice) await tabTo(page, 'Sprawdź');
			return;
		}
	}
}

/** Sets the quiz's seed on the set-up form (the same seed and options give the same quiz). */
async function setSeed(page: Page, seed: string) {
	await page.getByText('Zaawansowane').click();
	await page.getByLabel('Ziarno losowania').fill(seed);
}

async function expectNoA11yProblems(page: Page, where: string) {
	expect(await seriousA11yViolations(page), where).toEqual([]);
}

describe('quiz', () => {
	it('a whole practice quiz by keyboard only, with feedback, results and history', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.goto(at(`/${BANK}/quiz`));
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor();
		await expectNoA11yProblems(page, 'set-up');
		await expect(page.getByText('Poprzednie podejścia').isVisible()).resolves.toBe(true);
		await expect(page.getByText('Nie masz jeszcze żadnych podejść.').isVisible()).resolves.toBe(
			true
		);

		// A fixed seed: the same ten questions (of every type) on every run.
		await tabTo(page, 'Zaawansowane');
		await page.keyboard.press('Enter');
		await tabTo(page, 'Ziarno losowania');
		await page.keyboard.type('klawiatura-22');
		await tabTo(page, 'Rozpocznij quiz');
		await page.keyboard.press('Enter');
		const heading = page.getByRole('heading', { name: /^Pytanie 1 z \d+$/ });
		await heading.waitFor();
		const total = Number((await heading.innerText()).match(/z (\d+)/)?.[1]);
		expect(total).toBe(Math.min(10, loaded.bank.questions.length));
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('question-heading');

		const seenTypes = new Set<string>();
		for (let i = 1; i <= total; i++) {
			await page.getByRole('heading', { name: `Pytanie ${i} z ${total}` }).waitFor();
			const q = await currentQuestion(page);
			if (!seenTypes.has(q.type)) {
				seenTypes.add(q.type);
				await expectNoA11yProblems(page, `pytanie typu ${q.type}`);
			}
			await answerByKeyboard(page, q);
			await page.keyboard.press('Enter');
			const feedback = page.locator('.feedback');
			await feedback.waitFor();
			await expect(feedback.locator('.verdict').innerText(), q.id).resolves.toContain('Dobrze!');
			await expect(
				feedback.getByRole('link', { name: 'Zobacz w tekście' }).getAttribute('href')
			).resolves.toBe(`/${BANK}/read?highlight=${q.id}`);
			// Focus moves to the feedback, so Enter goes on.
			await page.waitForFunction(() => document.activeElement?.classList.contains('feedback'));
			if (i === 1) await expectNoA11yProblems(page, 'feedback');
			await page.keyboard.press('Enter');
		}

		const result = page.getByRole('heading', { name: `Wynik: ${total}/${total} (100%)` });
		await result.waitFor();
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results-heading');
		await expect(
			page.getByText('Wszystko dobrze — nie ma czego poprawiać.').isVisible()
		).resolves.toBe(true);
		await expect(page.getByRole('link', { name: 'Ucz się fiszek' }).isVisible()).resolves.toBe(
			true
		);
		await expect(
			page.getByRole('heading', { name: 'Wynik według tematów' }).isVisible()
		).resolves.toBe(true);
		await expect(page.locator('.review > li').count()).resolves.toBe(total);
		await expectNoA11yProblems(page, 'wyniki');
		const history = page.locator('section[aria-labelledby="history-heading"] tbody tr');
		await expect(history.count()).resolves.toBe(1);
		await expect(history.first().innerText()).resolves.toContain(`${total}/${total} (100%)`);

		// History survives a reload.
		await page.reload();
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor();
		await expect(history.count()).resolves.toBe(1);
		expect(foreign).toEqual([]);
		await context.close();
		// Ten questions by keyboard with an accessibility check per type: a long walk.
	}, 180_000);

	it('a reload in the middle resumes at the same question with answers kept (dark mode)', async () => {
		const context = await phoneContext(browser, { colorScheme: 'dark' });
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.goto(at(`/${BANK}/quiz`));
		await page.getByRole('group', { name: 'Liczba pytań' }).getByLabel('5').check();
		await setSeed(page, 'wznowienie');
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await page.getByRole('heading', { name: 'Pytanie 1 z 5' }).waitFor();
		const q1 = await currentQuestion(page);
		await answerByKeyboard(page, q1);
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		await page.getByRole('button', { name: 'Dalej' }).click();
		await page.getByRole('heading', { name: 'Pytanie 2 z 5' }).waitFor();
		const q2 = await currentQuestion(page);
		await answerByKeyboard(page, q2);
		const before = await page
			.locator('[data-question-id]')
			.evaluate((el) =>
				[...el.querySelectorAll('input')].map((i) =>
					i.type === 'text' ? i.value : String(i.checked)
				)
			);
		const orderBefore = await page.locator('[data-question-id] .item-text').allInnerTexts();

		await page.reload();
		await page.getByRole('heading', { name: 'Pytanie 2 z 5' }).waitFor();
		expect((await currentQuestion(page)).id).toBe(q2.id);
		const after = await page
			.locator('[data-question-id]')
			.evaluate((el) =>
				[...el.querySelectorAll('input')].map((i) =>
					i.type === 'text' ? i.value : String(i.checked)
				)
			);
		expect(after).toEqual(before);
		expect(await page.locator('[data-question-id] .item-text').allInnerTexts()).toEqual(
			orderBefore
		);
		await expectNoA11yProblems(page, 'pytanie, tryb ciemny');
		await page.getByRole('button', { name: 'Sprawdź' }).click();
		await expect(page.locator('.feedback .verdict').innerText()).resolves.toContain('Dobrze!');
		await expectNoA11yProblems(page, 'feedback, tryb ciemny');
		await context.close();
	});

	it('an exam with a time limit: skip, navigator, time-out grades what was answered, Popraw błędy', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.clock.install({ time: new Date('2026-01-12T08:00:00Z') });
		await page.goto(at(`/${BANK}/quiz`));
		await page.getByRole('group', { name: 'Liczba pytań' }).getByLabel('5').check();
		await page.getByRole('radio', { name: /^Egzamin/ }).check();
		await page.getByLabel('Limit czasu (egzamin)').selectOption({ label: '1 min' });
		await setSeed(page, 'egzamin-czas');
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		await page.getByRole('heading', { name: 'Pytanie 1 z 5' }).waitFor();
		// Time flows while the test works: on a slow machine the first seconds may be gone.
		await expect(page.getByRole('timer').innerText()).resolves.toMatch(/^(1:00|0:[3-5]\d)$/);
		await expect(page.locator('.feedback').count()).resolves.toBe(0);

		await page.getByRole('button', { name: 'Pomiń' }).click();
		await page.getByRole('heading', { name: 'Pytanie 2 z 5' }).waitFor();
		const q2 = await currentQuestion(page);
		await answerByKeyboard(page, q2, false);
		// No feedback in an exam.
		await expect(page.locator('.feedback').count()).resolves.toBe(0);
		const nav = page.getByRole('navigation', { name: 'Pytania' });
		await expect(nav.getByRole('button', { name: 'Pytanie 1: pominięte' }).count()).resolves.toBe(
			1
		);
		await expect(
			nav.getByRole('button', { name: 'Pytanie 2: odpowiedziano' }).count()
		).resolves.toBe(1);
		await expectNoA11yProblems(page, 'egzamin');
		await nav.getByRole('button', { name: 'Pytanie 1: pominięte' }).click();
		await page.getByRole('heading', { name: 'Pytanie 1 z 5' }).waitFor();

		// "Zakończ quiz" with unanswered questions asks first.
		await page.getByRole('button', { name: 'Zakończ quiz' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.innerText()).resolves.toContain('4 pytania');
		await dialog.getByRole('button', { name: 'Wróć do pytań' }).click();

		// Jump to 20 s before the end, read from the timer (the app's own remaining time).
		const [min, sec] = (await page.getByRole('timer').innerText()).split(':').map(Number);
		const left = (min ?? 0) * 60 + (sec ?? 0);
		await page.clock.fastForward(Math.max(0, left - 20) * 1000);
		await page.getByText('Została jedna minuta.').waitFor({ state: 'attached' });
		await expect(page.getByText('Została jedna minuta.').count()).resolves.toBe(1);
		await page.clock.fastForward('00:25');
		await page.getByRole('heading', { name: 'Wynik: 1/5 (20%)' }).waitFor();
		await expect(page.getByText('Czas:').locator('..').innerText()).resolves.toContain(
			'1 min 00 s'
		);

		await page.getByRole('button', { name: 'Popraw błędy' }).click();
		await page.getByRole('heading', { name: 'Pytanie 1 z 4' }).waitFor();
		const ids = new Set<string>();
		for (let i = 1; i <= 4; i++) {
			ids.add((await currentQuestion(page)).id);
			if (i < 4) await page.getByRole('button', { name: 'Pomiń' }).click();
		}
		expect(ids.has(q2.id)).toBe(false);
		expect(ids.size).toBe(4);
		await context.close();
	});

	it('an exam answered to the end finishes from the last question', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.goto(at(`/${BANK}/quiz`));
		await page.getByRole('group', { name: 'Liczba pytań' }).getByLabel('5').check();
		await page.getByRole('radio', { name: /^Egzamin/ }).check();
		await setSeed(page, 'egzamin-do-konca');
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		for (let i = 1; i <= 5; i++) {
			await page.getByRole('heading', { name: `Pytanie ${i} z 5` }).waitFor();
			await answerByKeyboard(page, await currentQuestion(page), false);
			if (i < 5) await page.getByRole('button', { name: 'Dalej' }).click();
		}
		// On the last answered question the primary button reads "Zakończ quiz" and finishes at once.
		await expect(page.getByRole('button', { name: 'Zakończ quiz' }).count()).resolves.toBe(1);
		await page.getByRole('button', { name: 'Zakończ quiz' }).click();
		await page.getByRole('heading', { name: 'Wynik: 5/5 (100%)' }).waitFor();
		await context.close();
	});

	it('order items can be dragged with the pointer; a quiz can be abandoned', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.goto(at(`/${BANK}/quiz`));
		const types = page.getByRole('group', { name: 'Rodzaje pytań' });
		for (const label of [
			'jednokrotny wybór',
			'wielokrotny wybór',
			'prawda / fałsz',
			'krótka odpowiedź',
			'liczba',
			'dopasowanie',
			'luki w tekście'
		]) {
			await types.getByRole('checkbox', { name: label }).uncheck();
		}
		await setSeed(page, 'przeciaganie');
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
		const q = await currentQuestion(page);
		if (q.type !== 'order') throw new Error('oczekiwano pytania o kolejność');
		const texts = page.locator('[data-question-id] .item-text');
		const before = await texts.allInnerTexts();
		const handle = await page.locator('.handle').first().boundingBox();
		const last = await page.locator('.order li').last().boundingBox();
		if (!handle || !last) throw new Error('brak elementów listy');
		await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await page.mouse.down();
		await page.mouse.move(handle.x + handle.width / 2, last.y + last.height - 2, { steps: 8 });
		await page.mouse.up();
		await expect(texts.allInnerTexts()).resolves.toEqual([...before.slice(1), before[0]]);

		await page.getByRole('button', { name: 'Porzuć i zacznij nowy' }).click();
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor();
		await page.reload();
		await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor();
		await expect(page.locator('[data-question-id]').count()).resolves.toBe(0);
		await context.close();
	});
});
