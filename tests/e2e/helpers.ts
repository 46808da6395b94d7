/** Shared helpers for browser tests. */
import AxeBuilder from '@axe-core/playwright';
import type {
	Browser,
	BrowserContext,
	BrowserContextOptions,
	Locator,
	Page
} from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseURL = () => inject('baseURL');

/** Absolute URL of an app path like `/kazachstan-2022-11/read`. */
export function at(path: string): string {
	return baseURL() + path;
}

/**
 * Collects every request that leaves the app's origin (there must be none). `appURL` is the
 * app's address when it is not the shared preview (e.g. a test's own static server).
 */
export function watchForeignRequests(context: BrowserContext, appURL = baseURL()): string[] {
	const origin = new URL(appURL).origin;
	const foreign: string[] = [];
	context.on('request', (req) => {
		const url = req.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

/** A phone-sized context, Polish locale. */
export async function phoneContext(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<BrowserContext> {
	return browser.newContext({
		viewport: { width: 360, height: 740 },
		locale: 'pl-PL',
		hasTouch: true,
		...options
	});
}

/** axe-core violations of impact serious or critical, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Clicks a disclosure button until it reports `aria-expanded="true"`: a click before the page
 * is hydrated does nothing, so this also proves the page is live.
 */
export async function clickUntilExpanded(toggle: Locator): Promise<void> {
	await expect
		.poll(async () => {
			if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
			return toggle.getAttribute('aria-expanded');
		})
		.toBe('true');
}

/**
 * Waits until "Dodaj zestaw" is hydrated (a file chosen earlier would be ignored), by opening
 * "Wklej z innej aplikacji".
 */
export async function addPageHydrated(page: Page): Promise<void> {
	await clickUntilExpanded(page.getByRole('button', { name: 'Wklej z innej aplikacji' }));
}

/** Opens "Dodaj zestaw" once the worker controls it (so the app works offline afterwards), hydrated. */
export async function addPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(at('/add'));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.getByRole('heading', { level: 1, name: 'Dodaj zestaw' }).waitFor();
	await addPageHydrated(page);
	return page;
}
