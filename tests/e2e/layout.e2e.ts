/**
 * Phone layout: at 320 and 360 px wide, on every page and state, no visible button or link is
 * covered by another element (the element at its centre is the control or inside it), and
 * nothing needs horizontal scrolling.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { encodeConfig, type ClassroomConfig } from '../../src/lib/classroom/config';
import { encodeResult } from '../../src/lib/classroom/result';
import { launch } from './chromium';
import { at, phoneContext } from './helpers';

const BANK = 'kazachstan-2022-11';
const loaded = loadBankDir(process.cwd(), BANK);
const questionIds = loaded.bank.questions
	.filter((q) => q.type === 'single')
	.slice(0, 3)
	.map((q) => q.id);
const config: ClassroomConfig = {
	v: 1,
	quizId: 'ukladtest01',
	title: 'Układ na telefonie',
	bankId: BANK,
	questionIds,
	seed: 'uklad',
	mode: 'practice',
	timeLimitMinutes: 0,
	shuffle: false
};
let code = '';
let resultCode = '';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	code = await encodeConfig(config);
	resultCode = await encodeResult({
		v: 1,
		quizId: config.quizId,
		name: 'Zuzanna Wiśniewska-Żółkiewska',
		answers: Object.fromEntries(questionIds.map((id) => [id, 0])),
		scores: Object.fromEntries(questionIds.map((id, i) => [id, i === 0 ? 1 : 0])),
		score: 1,
		maxScore: questionIds.length,
		durationMs: 95_000,
		finishedAt: Date.UTC(2026, 11, 1, 9, 0)
	});
});
afterAll(async () => {
	await browser?.close();
});

/** Every visible button and link that does not pass the check, as readable lines. */
async function coveredControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector = 'a[href], button, summary, [role="button"], [role="link"]';
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
		const shown = (el: Element) => {
			const box = el.getBoundingClientRect();
			// 1 px boxes are visually hidden text for screen readers, not controls anyone taps.
			if (box.width <= 1 || box.height <= 1) return false;
			return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
		};
		const problem = (el: Element): string | null => {
			const box = el.getBoundingClientRect();
			const x = box.left + box.width / 2;
			const y = box.top + box.height / 2;
			// Off-screen on purpose (the skip link until focused).
			if (box.right <= 0 || box.left >= innerWidth) return null;
			if (y < 0 || y >= innerHeight) return null;
			const hit = document.elementFromPoint(x, y);
			if (hit && (hit === el || el.contains(hit))) return null;
			return `${describe(el)} is covered by ${hit ? describe(hit) : 'nothing'}`;
		};
		const controls = [...document.querySelectorAll(selector)].filter(shown);
		const out = new Set<string>();
		// As the page first shows, then each control scrolled to the middle of the screen.
		for (const el of controls) {
			const found = problem(el);
			if (found) out.add(`${found} (as shown)`);
		}
		for (const el of controls) {
			el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
			const found = problem(el);
			if (found) out.add(`${found} (scrolled to it)`);
		}
		scrollTo({ top: 0, behavior: 'instant' });
		return [...out];
	});
}

async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

interface Visit {
	name: string;
	/** Opens the page and brings it to the state checked. */
	open: (page: Page) => Promise<void>;
}

async function go(page: Page, path: string, ready: (page: Page) => Promise<unknown>) {
	await page.goto(at(path));
	await page.waitForLoadState('networkidle');
	await ready(page);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

const visits: Visit[] = [
	{
		name: 'home',
		open: (page) =>
			go(page, '/', () => page.locator('[data-testid="due-counts"][data-ready]').first().waitFor())
	},
	{ name: 'bank page', open: (page) => go(page, `/${BANK}`, heading) },
	{ name: 'read', open: (page) => go(page, `/${BANK}/read`, heading) },
	{
		name: 'quiz set-up',
		open: (page) =>
			go(page, `/${BANK}/quiz`, () =>
				page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor()
			)
	},
	{
		name: 'quiz, a running question',
		open: async (page) => {
			await go(page, `/${BANK}/quiz`, () =>
				page.getByRole('button', { name: 'Rozpocznij quiz' }).first().waitFor()
			);
			// A fixed seed: the same first question on every run.
			await page.getByText('Zaawansowane').click();
			await page.getByLabel('Ziarno losowania').fill('uklad-telefonu');
			await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
			await page.getByRole('button', { name: 'Sprawdź' }).waitFor();
		}
	},
	{
		name: 'cards, the answer shown',
		open: async (page) => {
			await go(page, `/${BANK}/cards`, () =>
				page.getByRole('button', { name: 'Pokaż odpowiedź' }).waitFor()
			);
			await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
			await page.getByRole('group', { name: 'Jak dobrze pamiętasz?' }).waitFor();
		}
	},
	{ name: 'stats', open: (page) => go(page, `/${BANK}/stats`, heading) },
	{
		name: 'bank settings',
		open: (page) =>
			go(page, `/${BANK}/settings`, () =>
				page.getByRole('button', { name: 'Zapisz ustawienia' }).waitFor()
			)
	},
	{
		name: 'settings',
		open: (page) => go(page, '/settings', () => page.getByText('Zajęte miejsce:').waitFor())
	},
	{
		name: 'classroom set-up',
		open: (page) =>
			go(page, '/classroom', () => page.getByRole('button', { name: 'Utwórz quiz' }).waitFor())
	},
	{
		name: 'classroom set-up with a share panel',
		open: async (page) => {
			await go(page, '/classroom', () =>
				page.getByRole('button', { name: 'Utwórz quiz' }).waitFor()
			);
			await page.getByRole('button', { name: 'Utwórz quiz' }).click();
			await page.getByRole('img', { name: /Kod QR/ }).waitFor();
		}
	},
	{
		name: 'class results with a student',
		open: async (page) => {
			await go(page, `/classroom/results#${code}`, () =>
				page.getByRole('button', { name: 'Dodaj kody' }).waitFor()
			);
			await page.getByLabel('Kody wyników (jeden w wierszu)').fill(resultCode);
			await page.getByRole('button', { name: 'Dodaj kody' }).click();
			await page.getByRole('rowheader', { name: 'Zuzanna Wiśniewska-Żółkiewska' }).waitFor();
		}
	},
	{
		name: 'projector mode, a question with its answer',
		open: async (page) => {
			await go(page, `/classroom/present#${code}`, () =>
				page.getByRole('button', { name: /Następne/ }).waitFor()
			);
			await page.getByRole('button', { name: /Następne/ }).click();
			await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
			await page.getByText('Odpowiedź:').waitFor();
		}
	},
	{
		name: 'print',
		open: (page) =>
			go(page, `/classroom/print#${code}`, () =>
				page.getByRole('button', { name: 'Drukuj' }).waitFor()
			)
	},
	{ name: '404', open: (page) => go(page, '/nie-ma-takiej-strony', heading) }
];

for (const width of [320, 360]) {
	describe(`a ${width} px wide phone`, () => {
		it.each(visits)('$name: every control can be tapped, no sideways scrolling', async (visit) => {
			const context = await phoneContext(browser, { viewport: { width, height: 740 } });
			const page = await context.newPage();
			page.setDefaultTimeout(15_000);
			await visit.open(page);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			expect(await coveredControls(page)).toEqual([]);
			await context.close();
		});
	});
}
