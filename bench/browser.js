// Figures measured in Chromium: rating → next card painted, storing one rating, opening a
// bank with a large stored history.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { parse } from 'yaml';
import { launch, median } from './lib.js';

async function bundleStorage() {
	await build({
		configFile: false,
		plugins: [svelte()],
		resolve: { alias: { $lib: resolve('src/lib') } },
		logLevel: 'error',
		build: {
			outDir: 'bench/out',
			emptyOutDir: true,
			minify: true,
			lib: {
				entry: resolve('bench/storage-entry.ts'),
				formats: ['iife'],
				name: 'KartkowkaBench',
				fileName: () => 'bench.js'
			},
			rollupOptions: { output: { inlineDynamicImports: true } }
		}
	});
	return readFileSync('bench/out/bench.js', 'utf8');
}

/** Rates `n` cards on the flashcards page, timing key press → next card's first paint. */
async function ratingToPaint(page, url, n) {
	await page.goto(url);
	const times = [];
	for (let i = 0; i < n; i++) {
		await page.locator('[data-testid=card-front]').waitFor();
		await page.getByRole('button', { name: /Pokaż odpowiedź/ }).click();
		await page
			.getByRole('button', { name: /^Znowu/ })
			.waitFor({ timeout: 10_000 })
			.catch(async (e) => {
				const text = (await page.locator('main').innerText()).slice(0, 300);
				throw new Error(`rating ${i + 1}: the answer did not show. Page: ${text}`, { cause: e });
			});
		const elapsed = await page.evaluate(
			() =>
				new Promise((done) => {
					const front = () => document.querySelector('[data-testid=card-front]');
					const before = front()?.textContent;
					// The next card is there when the front shows another text and no answer.
					const ready = () =>
						!document.querySelector('[data-testid=card-back]') &&
						front() &&
						front().textContent !== before;
					const t0 = performance.now();
					performance.mark('rate');
					const observer = new MutationObserver(() => {
						if (!ready()) return;
						observer.disconnect();
						requestAnimationFrame(() => {
							performance.mark('next-card-painted');
							done(performance.now() - t0);
						});
					});
					observer.observe(document.body, { subtree: true, childList: true, characterData: true });
					document.body.dispatchEvent(
						new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true })
					);
				})
		);
		times.push(elapsed);
	}
	return median(times);
}

export async function benchBrowser(baseUrl, bankId) {
	const code = await bundleStorage();
	const bank = parse(readFileSync(`questions/${bankId}/bank.yaml`, 'utf8'));
	const cardIds = bank.cards.map((c) => c.id);
	const browser = await launch();
	try {
		// `npm run bench -- large` measures only the large stores (3. to 6.).
		const onlyLarge = process.argv.includes('large');
		let context;
		let page;
		let ratingToPaintMs = NaN;
		let storeTimes = [NaN];
		if (!onlyLarge) {
			// 1. Rating → next card painted, on a fresh profile.
			context = await browser.newContext({ serviceWorkers: 'block' });
			page = await context.newPage();
			ratingToPaintMs = await ratingToPaint(page, `${baseUrl}/${bankId}/cards`, 50);
			await context.close();

			// 2. Storing one rating through src/lib/storage in real IndexedDB.
			context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
			page = await context.newPage();
			await page.goto(`${baseUrl}/settings`);
			await page.addScriptTag({ content: code });
			storeTimes = await page.evaluate((n) => window.__bench.storeRatings(n), 200);
			await context.close();
		}

		// 3. Opening a bank with 10,000 card states and 1,000 / 10,000 / 100,000 log entries: the
		// due counts read card states and today's summary, so the log's length should not matter.
		context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
		page = await context.newPage();
		await page.goto(`${baseUrl}/${bankId}`);
		await page
			.getByText(/Do powtórki/)
			.first()
			.waitFor();
		await page.addScriptTag({ content: code });
		const openByLog = {};
		for (const logs of [1_000, 10_000, 100_000]) {
			await page.evaluate(
				({ bankId, cardIds, logs }) => window.__bench.seed(bankId, cardIds, 10_000, logs),
				{ bankId, cardIds, logs }
			);
			const opens = [];
			for (let i = 0; i < 5; i++) {
				await page.goto(`${baseUrl}/${bankId}`, { waitUntil: 'commit' });
				await page
					.locator('[data-testid=due-counts][data-ready]')
					.first()
					.waitFor({ timeout: 60_000 });
				// The mark's startTime counts from the navigation's start.
				opens.push(
					await page.evaluate(() => performance.getEntriesByName('due-counts-shown')[0].startTime)
				);
			}
			openByLog[logs] = median(opens);
			console.log(
				`    open 10k cards + ${logs} log entries → due counts: ${openByLog[logs].toFixed(0)} ms`
			);
			await page.addScriptTag({ content: code });
		}
		const opens = [openByLog[100_000]];

		// 4. JS heap after opening the bank (10k cards + 100k log), garbage collected first.
		const cdp = await context.newCDPSession(page);
		const heap = {};
		for (const path of [`/${bankId}`, `/${bankId}/cards`]) {
			await page.goto(`${baseUrl}${path}`);
			await page
				.locator('[data-testid=due-counts][data-ready], [data-testid=card-front]')
				.first()
				.waitFor({ timeout: 60_000 });
			await cdp.send('HeapProfiler.collectGarbage');
			heap[path] = (await cdp.send('Runtime.getHeapUsage')).usedSize;
			console.log(`    JS heap after opening ${path}: ${(heap[path] / 2 ** 20).toFixed(1)} MB`);
		}

		// 5. Statistics with the 100k log: navigation → heatmap, forecast, retention shown, and the
		// longest task meanwhile (PerformanceObserver 'longtask', buffered from the start).
		await context.addInitScript(() => {
			window.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__longTasks.push(e.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		const statsShown = [];
		const statsLongest = [];
		for (let i = 0; i < 3; i++) {
			await page.goto(`${baseUrl}/${bankId}/stats`, { waitUntil: 'commit' });
			await page.getByTestId('heatmap-summary').waitFor({ timeout: 60_000 });
			const { shown, longest } = await page.evaluate(() => ({
				shown: performance.getEntriesByName('stats-shown')[0]?.startTime ?? NaN,
				longest: Math.max(0, ...window.__longTasks)
			}));
			statsShown.push(shown);
			statsLongest.push(longest);
		}
		console.log(
			`    statistics, 100k log: shown ${median(statsShown).toFixed(0)} ms, longest task ${median(statsLongest).toFixed(0)} ms`
		);

		// 6. Importing a backup of 10k card states + 100k log entries through Settings into an
		// empty device: file chosen → "Zaimportowano" shown, progress read out meanwhile.
		await page.goto(`${baseUrl}/settings`);
		await page.addScriptTag({ content: code });
		const backup = await page.evaluate(() => window.__bench.exportText());
		await page.evaluate(() => window.__bench.clearAll());
		await page.goto(`${baseUrl}/settings`);
		await page.getByRole('heading', { level: 1 }).waitFor();
		const t0 = Date.now();
		// Playwright passes at most 50 MB as a buffer; the file goes through the disk.
		mkdirSync('bench/out', { recursive: true });
		writeFileSync('bench/out/kartkowka-postepy.json', backup);
		await page.getByLabel('Importuj postępy').setInputFiles('bench/out/kartkowka-postepy.json');
		await page.getByRole('button', { name: 'Importuj', exact: true }).click({ timeout: 120_000 });
		const progressSeen = await page
			.getByText(/Importowanie… \d+/)
			.waitFor({ timeout: 10_000 })
			.then(() => true)
			.catch(() => false);
		await page.getByText(/^Zaimportowano/).waitFor({ timeout: 300_000 });
		const importMs = Date.now() - t0;
		console.log(
			`    import of ${(backup.length / 2 ** 20).toFixed(1)} MB backup: ${importMs} ms (progress shown: ${progressSeen})`
		);
		await context.close();
		return {
			ratingToPaint: ratingToPaintMs,
			storeRating: median(storeTimes),
			openLargeBank: median(opens),
			openByLog,
			heap,
			statsShown: median(statsShown),
			statsLongest: median(statsLongest),
			importMs,
			importProgressShown: progressSeen
		};
	} finally {
		await browser.close();
	}
}
