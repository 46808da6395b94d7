/** Shared helpers for browser tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

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
