import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { launch } from './chromium';
import { at, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';

const BANK = 'kazachstan-2022-11';
const loaded = loadBankDir(process.cwd(), BANK);
const paragraphs = loaded.blocks.filter((b) => b.kind === 'paragraph');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('home, bank and reading pages', () => {
	it('home lists the bank with its counts and links to it', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context);
		const page = await context.newPage();
		await page.goto(at('/'));
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pl');
		const link = page.getByRole('link', { name: loaded.bank.title });
		await expect(link.isVisible()).resolves.toBe(true);
		const item = page.getByRole('listitem').filter({ has: link });
		await expect(item.innerText()).resolves.toContain(`${loaded.bank.questions.length} pyta`);
		await link.click();
		await page.waitForURL(at(`/${BANK}`));
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
			loaded.bank.title
		);
		await page.getByRole('link', { name: 'Tekst źródłowy' }).click();
		await page.waitForURL(at(`/${BANK}/read`));
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('the read page shows every paragraph, each addressable', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(at(`/${BANK}/read`));
		for (const p of paragraphs) {
			const el = page.locator(`#${p.anchor}`);
			await expect(el.innerText()).resolves.toContain(p.text.slice(0, 40));
		}
		await expect(page.locator('article p').count()).resolves.toBe(paragraphs.length);
		await context.close();
	});

	it('?highlight=<id> marks the evidence and scrolls to it', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		const question = loaded.bank.questions.find((q) => q.id === 'q-granica');
		expect(question).toBeDefined();
		const spot = loaded.evidence['q-granica']?.[0];
		expect(spot).toBeDefined();
		await page.goto(at(`/${BANK}/read?highlight=q-granica`));
		const mark = page.locator(`#${spot!.anchor} mark`);
		await mark.waitFor();
		await expect(mark.innerText()).resolves.toContain('7598 kilometrów');
		await expect(page.locator('mark').count()).resolves.toBe(1);
		// Scrolling may be smooth: wait until the mark has come into view.
		await expect
			.poll(() =>
				mark.evaluate((el) => {
					const r = el.getBoundingClientRect();
					return r.top >= 0 && r.bottom <= window.innerHeight;
				})
			)
			.toBe(true);
		await page.goto(at(`/${BANK}/read?highlight=nie-ma-takiego`));
		await page.getByText('Nie znaleziono pytania ani fiszki').waitFor();
		await context.close();
	});

	it('a 320 px wide screen needs no horizontal scrolling', async () => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		for (const path of ['/', `/${BANK}`, `/${BANK}/read`]) {
			await page.goto(at(path));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});

	const axePages = [
		'/',
		`/${BANK}`,
		`/${BANK}/read`,
		`/${BANK}/read?highlight=q-granica`,
		`/${BANK}/quiz`,
		`/${BANK}/cards`,
		`/${BANK}/stats`,
		`/${BANK}/settings`,
		'/classroom',
		'/settings',
		'/nie-ma-takiej-strony'
	];
	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(axePages)(
			`axe-core finds no serious or critical violation (${colorScheme}): %s`,
			async (path) => {
				const context = await phoneContext(browser, { colorScheme });
				const page = await context.newPage();
				await page.goto(at(path));
				await page.waitForLoadState('networkidle');
				expect(await seriousA11yViolations(page)).toEqual([]);
				await context.close();
			}
		);
	}
});
