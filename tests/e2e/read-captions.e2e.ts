/** Photo captions on the reading page: shown as "Podpis zdjęcia", addressable, highlightable. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { launch } from './chromium';
import { at, phoneContext } from './helpers';

const BANK = 'kazachstan-2022-11';
const captions = loadBankDir(process.cwd(), BANK).blocks.filter((b) => b.kind === 'caption');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('photo captions on the reading page', () => {
	it('shows every caption under the label "Podpis zdjęcia", outside the numbered paragraphs', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(at(`/${BANK}/read`));
		expect(captions.map((c) => c.anchor)).toEqual(['f-1', 'f-2']);
		for (const c of captions) {
			const figure = page.locator(`figure#${c.anchor}`);
			await expect(figure.innerText()).resolves.toBe(`Podpis zdjęcia ${c.text}`);
			const link = page.getByRole('link', { name: `Podpis zdjęcia ${c.n}`, exact: true });
			await expect(link.getAttribute('href')).resolves.toBe(`#${c.anchor}`);
		}
		await expect(
			page.locator('article p').filter({ hasText: 'Getty Images' }).count()
		).resolves.toBe(0);
		await context.close();
	});

	it('highlights a caption quoted as evidence (?highlight=q-short-tokajew)', async () => {
		const context = await phoneContext(browser);
		const page = await context.newPage();
		await page.goto(at(`/${BANK}/read?highlight=q-short-tokajew`));
		const mark = page.locator('figure#f-2 mark');
		await mark.waitFor();
		await expect(mark.innerText()).resolves.toContain('prezydent Kazachstanu Kasym-Żomart Tokajew');
		await context.close();
	});
});
