// `npm run bench`: builds once, serves the build, measures what learners feel, prints a table
// and writes bench/results.json. Figures never fail anything; targets are printed beside them.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSize, kb, launch, ms, serve } from './lib.js';
import { benchQueue } from './queue.js';
import { benchBrowser } from './browser.js';
import { benchLighthouse } from './lighthouse.js';

const BANK = 'kazachstan-2022-11';
const PAGES = ['/', `/${BANK}/quiz`, `/${BANK}/cards`];
/** Every kind of page, for Lighthouse. */
const LIGHTHOUSE_PAGES = [
	'/',
	`/${BANK}`,
	`/${BANK}/quiz`,
	`/${BANK}/cards`,
	`/${BANK}/read`,
	`/${BANK}/stats`,
	`/${BANK}/settings`,
	'/settings'
];
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

const figures = [];
/** Records one figure: what, measured value, unit, target and whether it met it. */
function record(figure, value, unit, target, met) {
	figures.push({ figure, value, unit, target, met });
	console.log(`  ${figure}: ${value} ${unit} (target ${target})${met ? '' : '  ← MISSED'}`);
}

console.log('Building…');
execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });

const served = await serve();
console.log(`Serving ${served.url}`);
try {
	if (want('bytes')) {
		console.log('JS transferred (gzip) per page');
		const browser = await launch();
		for (const path of PAGES) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const bodies = [];
			page.on('response', (res) => {
				if (res.request().resourceType() === 'script') bodies.push(res.body().catch(() => null));
			});
			await page.goto(served.url + path, { waitUntil: 'networkidle' });
			const total = (await Promise.all(bodies))
				.filter(Boolean)
				.reduce((sum, b) => sum + gzipSize(b), 0);
			record(`JS gzip ${path}`, kb(total), 'KB', '≤ 50 KB', kb(total) <= 50);
			await context.close();
		}
		await browser.close();

		const swPath = join('build', 'sw.js');
		if (existsSync(swPath)) {
			const sw = readFileSync(swPath, 'utf8');
			const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
			let total = 0;
			for (const url of urls) {
				const file = join('build', decodeURIComponent(url.replace(/^\//, '')));
				const candidates = [file, `${file}.html`, join(file, 'index.html')];
				const found = candidates.find((f) => existsSync(f) && statSync(f).isFile());
				if (found) total += gzipSize(readFileSync(found));
			}
			record(
				`Precache total (gzip, ${urls.length} files)`,
				kb(total),
				'KB',
				'≤ 300 KB',
				kb(total) <= 300
			);
		} else {
			record('Precache total (gzip)', 'n/a', '', '≤ 300 KB', false);
		}
	}

	if (want('queue')) {
		console.log("Building today's queue (node, pure function)");
		for (const row of await benchQueue()) {
			record(
				`Queue from ${row.cards.toLocaleString('en')} card states (median of ${row.runs})`,
				ms(row.median),
				'ms',
				`≤ ${row.target} ms`,
				row.median <= row.target
			);
		}
	}

	if (want('browser') || want('large')) {
		console.log('In Chromium');
		const b = await benchBrowser(served.url, BANK);
		if (!want('large') || want('browser'))
			record(
				'Rating → next card painted (median of 50)',
				ms(b.ratingToPaint),
				'ms',
				'≤ 16 ms',
				b.ratingToPaint <= 16
			);
		if (!want('large') || want('browser'))
			record(
				'Storing one rating in IndexedDB (median of 200)',
				ms(b.storeRating),
				'ms',
				'≤ 10 ms',
				b.storeRating <= 10
			);
		const by = b.openByLog;
		for (const logs of [1_000, 10_000, 100_000]) {
			record(
				`Opening a bank, 10,000 cards + ${logs.toLocaleString('en')} log entries → due counts shown`,
				ms(by[logs]),
				'ms',
				'≤ 300 ms',
				by[logs] <= 300
			);
		}
		record(
			'Opening growth, 100k log ÷ 1k log',
			(by[100_000] / by[1_000]).toFixed(2),
			'×',
			'≤ 1.5×',
			by[100_000] / by[1_000] <= 1.5
		);
		for (const [path, bytes] of Object.entries(b.heap)) {
			const mb = bytes / 2 ** 20;
			record(
				`JS heap after opening ${path} (10k cards, 100k log)`,
				mb.toFixed(1),
				'MB',
				'≤ 50 MB',
				mb <= 50
			);
		}
		record(
			'Statistics, 100k log → heatmap, forecast, retention shown (median of 3)',
			ms(b.statsShown),
			'ms',
			'≤ 1,000 ms',
			b.statsShown <= 1000
		);
		record(
			'Statistics, 100k log: longest task (median of 3)',
			ms(b.statsLongest),
			'ms',
			'≤ 200 ms',
			b.statsLongest <= 200
		);
		record(
			`Importing a backup (10k cards, 100k log) through Settings${b.importProgressShown ? ', progress shown' : ', NO progress seen'}`,
			ms(b.importMs),
			'ms',
			'≤ 15,000 ms, progress shown',
			b.importMs <= 15_000 && b.importProgressShown
		);
	}

	if (want('lighthouse')) {
		console.log('Lighthouse 12.2.3, mobile preset, median of 3 runs per page');
		for (const row of await benchLighthouse(served.url, LIGHTHOUSE_PAGES)) {
			const s = row.scores;
			const met =
				s.performance >= 0.98 && s.accessibility >= 1 && s['best-practices'] >= 1 && s.seo >= 0.95;
			record(
				`Lighthouse ${row.path} (perf / a11y / best practices / SEO)`,
				`${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`,
				'',
				'≥ 0.98 / 1.0 / 1.0 / ≥ 0.95',
				met
			);
		}
	}
} finally {
	await served.close();
}

const cpus = os.cpus();
const results = {
	date: new Date().toISOString(),
	machine: {
		cpu: cpus[0]?.model ?? 'unknown',
		cores: cpus.length,
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
		platform: `${os.type()} ${os.release()}`
	},
	figures
};
if (only.length === 0)
	writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');

console.log('\n| figure | value | target | met |\n|---|---|---|---|');
for (const f of figures) {
	console.log(`| ${f.figure} | ${f.value} ${f.unit} | ${f.target} | ${f.met ? 'yes' : '**no**'} |`);
}
console.log(
	`\n${results.date} — ${results.machine.cpu}, ${results.machine.cores} cores, Node ${process.version}`
);
process.exit(0);
