/**
 * Back/forward cache: a phone's back button returns to the previous page instantly, restored
 * from memory rather than loaded again. Anything that blocks it (an `unload` handler, an open
 * connection, `Cache-Control: no-store`) fails here, naming the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium';
import { at } from './helpers';

const BANK = 'kazachstan-2022-11';
const PAGES = [
	'/',
	`/${BANK}`,
	`/${BANK}/read`,
	`/${BANK}/quiz`,
	`/${BANK}/cards`,
	`/${BANK}/stats`,
	`/${BANK}/settings`,
	'/settings',
	'/classroom',
	'/classroom/results'
];

let browser: Browser;
beforeAll(async () => {
	// Playwright turns the cache off by default; a learner's browser has it on.
	browser = await launch({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});
afterAll(async () => {
	await browser?.close();
});

declare global {
	interface Window {
		restoredFromCache?: boolean;
	}
}

/** Resolves to true when the page came back from the cache, false when it was loaded again. */
async function cameBackFromCache(page: Page): Promise<boolean> {
	await page.waitForFunction(() => {
		const nav = performance.getEntriesByType('navigation')[0] as
			PerformanceNavigationTiming | undefined;
		return (
			window.restoredFromCache === true ||
			(nav?.type === 'back_forward' && document.readyState === 'complete')
		);
	});
	return page.evaluate(() => window.restoredFromCache === true);
}

describe('back/forward cache', () => {
	for (const path of PAGES) {
		it(`${path} comes back from the cache after going back`, async () => {
			const context = await browser.newContext({ locale: 'pl-PL' });
			await context.addInitScript(() => {
				window.addEventListener('pageshow', (e) => {
					if (e.persisted) window.restoredFromCache = true;
				});
			});
			const page = await context.newPage();
			// A first visit installs the service worker; it takes the page over once, which
			// would evict a cached page. Learners come back with the worker already active.
			await page.goto(at('/'));
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				if (!navigator.serviceWorker.controller) {
					await new Promise((resolve) =>
						navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
					);
				}
				return registration.active?.state;
			});
			await page.goto(at(path));
			await page.getByRole('heading', { level: 1 }).waitFor();
			await page.goto(at('/404-not-a-page'));
			await page.getByRole('heading', { level: 1 }).waitFor();
			await page.goBack({ waitUntil: 'commit' });
			expect(await cameBackFromCache(page), path).toBe(true);
			await context.close();
		});
	}
});
