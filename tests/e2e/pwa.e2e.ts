/**
 * Offline-first PWA in real Chromium: the service worker precaches everything on the first
 * visit, every page works offline (also under a base path), unknown URLs show the app's 404,
 * the app is installable, updates wait for "Odśwież" and keep progress, the CSP holds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBankDir } from '../../src/lib/bank/fs';
import { launch, launchPersistent } from './chromium';
import { baseURL, phoneContext, seriousA11yViolations, watchForeignRequests } from './helpers';
import { serveStatic, type StaticServer } from './static-server';

const BANK = 'kazachstan-2022-11';
const loaded = loadBankDir(process.cwd(), BANK);
const OFFLINE_READY = 'Gotowe do pracy offline';
const OFFLINE_NOW = 'Jesteś offline — wszystko działa dalej';
const NOT_FOUND = 'Nie ma takiej strony';
/** Every page a learner can reach from home (paths below the base). */
const PAGES = [
	'/',
	`/${BANK}`,
	`/${BANK}/read`,
	`/${BANK}/quiz`,
	`/${BANK}/cards`,
	`/${BANK}/stats`,
	'/classroom',
	'/settings'
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Records CSP violations (event and console) of every page of the context. */
async function watchCsp(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.exposeBinding('__reportCsp', (_source, line: string) => violations.push(line));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __reportCsp(line: string): void }).__reportCsp;
			report(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	context.on('console', (msg) => {
		if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
	});
	return violations;
}

/** First visit: waits until the worker controls the page and the app says it is offline-ready. */
async function firstVisit(context: BrowserContext, app: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${app}/`);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.getByText(OFFLINE_READY).waitFor();
	return page;
}

/** One stored record, read straight from IndexedDB (`kartkowka-<kind>` / `records`). */
function readRecord(page: Page, kind: string, key: string): Promise<unknown> {
	return page.evaluate(
		([kind, key]) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(`kartkowka-${kind}`);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('records').objectStore('records').get(key!);
					get.onsuccess = () => {
						db.close();
						resolve(get.result);
					};
					get.onerror = () => reject(get.error);
				};
			}),
		[kind, key]
	);
}

/** Every stored record of every kind, as `kind/key → value` (for "nothing lost" checks). */
function dumpStorage(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(async () => {
		const out: Record<string, unknown> = {};
		const names = (await indexedDB.databases())
			.map((d) => d.name ?? '')
			.filter((n) => n.startsWith('kartkowka-'))
			.sort();
		for (const name of names) {
			await new Promise<void>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('records')) {
						db.close();
						return resolve();
					}
					const store = db.transaction('records').objectStore('records');
					const cursor = store.openCursor();
					cursor.onsuccess = () => {
						const c = cursor.result;
						if (!c) {
							db.close();
							return resolve();
						}
						out[`${name}/${String(c.key)}`] = c.value;
						c.continue();
					};
					cursor.onerror = () => reject(cursor.error);
				};
			});
		}
		return out;
	});
}

const QUIZ_TYPES = [
	'wielokrotny wybór',
	'prawda / fałsz',
	'krótka odpowiedź',
	'liczba',
	'dopasowanie',
	'kolejność',
	'luki w tekście'
];

/**
 * Answers one quiz question (single choice only, so the test knows the controls) and rates one
 * flashcard "Dobre": the progress that must survive going offline and updating.
 */
async function learnSomething(page: Page, app: string): Promise<void> {
	await page.goto(`${app}/${BANK}/quiz`);
	for (const type of QUIZ_TYPES)
		await page.getByRole('checkbox', { name: type, exact: true }).uncheck();
	await page.getByRole('button', { name: 'Rozpocznij quiz' }).first().click();
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Sprawdź' }).click();
	await page
		.getByText(/^(Dobrze!|Źle)/)
		.first()
		.waitFor();

	await page.goto(`${app}/${BANK}/cards`);
	await page.getByRole('button', { name: 'Pokaż odpowiedź' }).click();
	await page.getByRole('button', { name: /^Dobre/ }).click();
	await page
		.locator('p.status[role="status"]')
		.filter({ hasText: 'Dobre — następna powtórka za' })
		.waitFor();
}

/** Stored records of a kind (e.g. `cards`, `sessions`) in a storage dump. */
function countRecords(dump: Record<string, unknown>, kind: string): number {
	return Object.keys(dump).filter((k) => k.startsWith(`kartkowka-${kind}/`)).length;
}

/** Visits every page reachable by links from home; returns the paths below `app`. */
async function crawl(page: Page, app: string): Promise<string[]> {
	const seen = new Set<string>();
	const queue = [`${app}/`];
	const problems: string[] = [];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const response = await page.goto(url);
		if (!response?.ok() || !response.fromServiceWorker())
			problems.push(`${url}: not from the worker`);
		const h1 = await page.getByRole('heading', { level: 1 }).first().innerText();
		if (h1 === NOT_FOUND || h1 === 'Coś poszło nie tak') problems.push(`${url}: ${h1}`);
		const links = await page.$$eval('a[href]', (as) =>
			as.map((a) => (a as HTMLAnchorElement).href)
		);
		for (const link of links) {
			const clean = link.split('#')[0]!;
			if (clean.startsWith(`${app}/`) && !seen.has(clean)) queue.push(clean);
		}
	}
	expect(problems).toEqual([]);
	return [...seen].map((u) => u.slice(app.length) || '/').sort();
}

/** The whole offline story against the app served at `app`. */
async function offlineStory(app: string) {
	const context = await phoneContext(browser);
	const foreign = watchForeignRequests(context, app);
	const csp = await watchCsp(context);
	const page = await firstVisit(context, app);
	expect(await seriousA11yViolations(page)).toEqual([]);
	expect(await readRecord(page, 'settings', 'app')).toMatchObject({
		data: { type: 'app', offlineReadyShown: true }
	});

	await context.setOffline(true);
	// The indicator follows the `offline` event. (Chromium's emulation reports
	// navigator.onLine = true in documents loaded later, so it is checked on this one.)
	await page.getByText(OFFLINE_NOW).waitFor();
	expect(await seriousA11yViolations(page)).toEqual([]);

	// The bank's data file is precached; query parameters do not miss it.
	const data = await page.evaluate(async (url) => {
		const res = await fetch(url);
		return { status: res.status, start: (await res.text()).slice(0, 14) };
	}, `${app}/banks/${BANK}.json?x-sveltekit-invalidated=01&utm_source=kartka`);
	expect(data).toEqual({ status: 200, start: '{"kartkowka":1' });

	// Every page reachable from home, each answered by the service worker.
	expect(await crawl(page, app)).toEqual(expect.arrayContaining([...PAGES].sort()));

	// Client-side navigation reads the bank from the precached data file.
	await page.goto(`${app}/`);
	await page.getByRole('link', { name: loaded.bank.title }).click();
	await page.waitForURL(`${app}/${BANK}`);
	await page.getByRole('link', { name: 'Tekst źródłowy' }).click();
	await page.waitForURL(`${app}/${BANK}/read`);
	await expect(page.locator('article p').count()).resolves.toBeGreaterThan(3);

	// A link to the evidence, with a query string, still loads offline.
	const read = await page.goto(`${app}/${BANK}/read?highlight=q-granica&utm_source=kartka`);
	expect(read?.fromServiceWorker()).toBe(true);
	await expect(page.locator('mark').first().innerText()).resolves.toContain('7598 kilometrów');

	// Unknown URLs show the app's own 404 page, not the home page.
	for (const path of ['/nie-ma-takiej-strony', `/${BANK}/nie-ma`, `/${BANK}/read/x/y`]) {
		const response = await page.goto(`${app}${path}`);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 }).innerText(), path).resolves.toBe(
			NOT_FOUND
		);
	}

	// A quiz question answered and a card rated offline survive an offline reload; the
	// "ready" notice is not shown a second time.
	await learnSomething(page, app);
	const before = await dumpStorage(page);
	expect(countRecords(before, 'sessions')).toBeGreaterThan(0);
	expect(countRecords(before, 'cards')).toBeGreaterThan(0);
	await page.goto(`${app}/settings`);
	await page.reload();
	await page.getByRole('heading', { level: 1, name: 'Ustawienia' }).waitFor();
	await expect(page.getByText(OFFLINE_READY).count()).resolves.toBe(0);
	expect(await dumpStorage(page)).toEqual(before);
	// The quiz started offline resumes after the reload instead of showing the set-up.
	await page.goto(`${app}/${BANK}/quiz`);
	await page
		.getByText(/Pytanie \d+ z \d+/)
		.first()
		.waitFor();
	await expect(page.getByRole('button', { name: 'Rozpocznij quiz' }).count()).resolves.toBe(0);

	expect(csp).toEqual([]);
	expect(foreign).toEqual([]);
	await context.close();
}

describe('offline from the first visit', () => {
	it('every page, the evidence links and the 404 page work offline; progress survives', async () => {
		await offlineStory(baseURL());
	});

	it('the worker precaches pages, their data, scripts, styles, icons and the manifest', async () => {
		const sw = readFileSync('build/sw.js', 'utf8');
		const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
		for (const path of PAGES.filter((p) => p !== '/')) expect(urls).toContain(path.slice(1));
		// Banks are one data file each; no page carries a bank in its own data.
		expect(urls).toContain('banks/index.json');
		expect(urls).toContain(`banks/${BANK}.json`);
		expect(urls.filter((u) => u?.endsWith('__data.json'))).toEqual([]);
		expect(urls).toContain('/');
		expect(urls).toContain('404.html');
		expect(urls).toContain('manifest.webmanifest');
		for (const icon of ['pwa-192x192.png', 'pwa-512x512.png', 'maskable-icon-512x512.png'])
			expect(urls).toContain(icon);
		expect(urls.some((u) => u?.endsWith('.css'))).toBe(true);
		expect(urls.some((u) => u?.startsWith('_app/immutable/entry/'))).toBe(true);
		// The traps: SvelteKit's own query parameters must not miss the precache.
		expect(sw).toContain('ignoreURLParametersMatching:[/.*/]');
		// First install takes control at once; updates never skip waiting on their own.
		expect(sw).toMatch(/\w\.clientsClaim\(\)/);
		expect(sw.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
		expect(sw).toMatch(/"SKIP_WAITING"===\w\.data\.type&&self\.skipWaiting\(\)/);
	});
});

describe('under a base path', () => {
	let server: StaticServer;
	beforeAll(() => {
		rmSync('build-base', { recursive: true, force: true });
		execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			env: {
				...process.env,
				BASE_PATH: '/kartkowka',
				BUILD_DIR: 'build-base',
				SVELTEKIT_OUT_DIR: '.svelte-kit/out-base',
				// vitest sets NODE_ENV=test; the tested worker must be the production one.
				NODE_ENV: 'production'
			},
			stdio: 'inherit'
		});
	}, 300_000);
	beforeAll(async () => {
		server = await serveStatic('build-base', '/kartkowka');
	});
	afterAll(async () => {
		await server?.close();
	});

	it('manifest scope, start_url, shortcuts and precache honour /kartkowka', async () => {
		const manifest = JSON.parse(readFileSync('build-base/manifest.webmanifest', 'utf8'));
		expect(manifest).toMatchObject({
			scope: '/kartkowka/',
			start_url: '/kartkowka/',
			shortcuts: [{ url: `/kartkowka/${BANK}/cards` }, { url: `/kartkowka/${BANK}/quiz` }]
		});
		for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/kartkowka\//);
		const sw = readFileSync('build-base/sw.js', 'utf8');
		expect(sw).toContain('url:"/kartkowka/"');
		expect(sw).toContain('fallbackURL:"/kartkowka/404.html"');
		const html = readFileSync('build-base/index.html', 'utf8');
		expect(html).toContain('href="/kartkowka/manifest.webmanifest"');
	});

	it('the same offline story works under /kartkowka', async () => {
		await offlineStory(server.url);
		const outside = server.requests.filter((r) => !r.startsWith('/kartkowka/'));
		expect(outside).toEqual([]);
	});
});

describe('Content-Security-Policy', () => {
	it('blocks other origins and inline code, and the watcher sees it', async () => {
		const context = await phoneContext(browser);
		const csp = await watchCsp(context);
		const page = await context.newPage();
		await page.goto(`${baseURL()}/`);
		const outcome = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__inline = true';
			document.head.append(script);
			const fetched = await fetch('https://example.org/').then(
				() => 'fetched',
				() => 'blocked'
			);
			return { inline: (window as unknown as { __inline?: boolean }).__inline ?? false, fetched };
		});
		expect(outcome).toEqual({ inline: false, fetched: 'blocked' });
		await expect.poll(() => csp.some((line) => line.startsWith('script-src'))).toBe(true);
		await expect.poll(() => csp.some((line) => line.startsWith('connect-src'))).toBe(true);
		await context.close();
	});
});

describe('installable', () => {
	it('Chromium reports no installability errors', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'kartkowka-profile-'));
		const context = await launchPersistent(profile);
		try {
			const foreign = watchForeignRequests(context);
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(`${baseURL()}/`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const cdp = await context.newCDPSession(page);
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors).toEqual([]);
			const manifest = await cdp.send('Page.getAppManifest');
			expect(manifest.errors).toEqual([]);
			expect(foreign).toEqual([]);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});
});

describe('updates', () => {
	let server: StaticServer;
	beforeAll(async () => {
		// Build A is the tested build; build B is A with a changed page and worker, as a new
		// deploy would be.
		for (const dir of ['build-update-a', 'build-update-b']) {
			rmSync(dir, { recursive: true, force: true });
			cpSync('build', dir, { recursive: true });
		}
		const index = join('build-update-b', 'index.html');
		writeFileSync(
			index,
			readFileSync(index, 'utf8').replace(
				'<head>',
				'<head><meta name="kartkowka-build" content="B">'
			)
		);
		const sw = join('build-update-b', 'sw.js');
		writeFileSync(
			sw,
			readFileSync(sw, 'utf8').replace(
				/\{url:"\/",revision:"[0-9a-f]+"\}/,
				'{url:"/",revision:"b"}'
			)
		);
		server = await serveStatic('build-update-a');
	});
	afterAll(async () => {
		await server?.close();
	});

	it('a new version waits for "Odśwież", switches to B and keeps progress', async () => {
		const context = await phoneContext(browser);
		const foreign = watchForeignRequests(context, server.url);
		const page = await firstVisit(context, server.url);
		await learnSomething(page, server.url);
		// Back in the middle of the quiz when the new version arrives.
		await page.goto(`${server.url}/${BANK}/quiz`);
		const question = page.getByText(/Pytanie \d+ z \d+/).first();
		await question.waitFor();
		const before = await dumpStorage(page);
		// Marks this page load: it must survive until the learner asks for the update.
		await page.evaluate(() => ((window as unknown as { __sameLoad: boolean }).__sameLoad = true));

		server.setRoot('build-update-b');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		const refresh = page.getByRole('button', { name: 'Odśwież' });
		await refresh.waitFor();
		await expect(page.getByText('Dostępna nowa wersja').isVisible()).resolves.toBe(true);
		expect(await seriousA11yViolations(page)).toEqual([]);
		// Nothing reloaded by itself: still the same page load, same page, still build A.
		await expect(
			page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)
		).resolves.toBe(true);
		expect(page.url()).toBe(`${server.url}/${BANK}/quiz`);
		await expect(question.isVisible()).resolves.toBe(true);

		await Promise.all([page.waitForEvent('load'), refresh.click()]);
		await expect(
			page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)
		).resolves.toBeUndefined();
		// The quiz goes on where it was.
		await question.waitFor();
		await page.goto(`${server.url}/`);
		await expect(
			page.locator('meta[name="kartkowka-build"]').getAttribute('content')
		).resolves.toBe('B');
		await expect(page.getByRole('button', { name: 'Odśwież' }).count()).resolves.toBe(0);
		expect(await dumpStorage(page)).toEqual(before);
		expect(foreign).toEqual([]);
		await context.close();
	});
});
