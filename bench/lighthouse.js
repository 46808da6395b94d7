// Lighthouse 12.2.3 (pinned: newer versions need Node 22) against the system Chromium.
import lighthouse from 'lighthouse';
import { freePort, launch, median } from './lib.js';

/** Runs per page; each category's score is the median of them. */
const RUNS = 3;

export async function benchLighthouse(baseUrl, paths) {
	const port = await freePort();
	const browser = await launch([`--remote-debugging-port=${port}`]);
	const rows = [];
	try {
		for (const path of paths) {
			const runs = [];
			const failedAny = new Set();
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(baseUrl + path, {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				});
				runs.push(result.lhr.categories);
				for (const a of Object.values(result.lhr.audits)) {
					if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
						failedAny.add(a.id);
				}
			}
			const scores = Object.fromEntries(
				Object.keys(runs[0]).map((id) => [id, median(runs.map((c) => c[id].score))])
			);
			const failed = [...failedAny];
			rows.push({ path, scores, failed });
			if (failed.length) console.log(`    ${path}: failing audits: ${failed.join(', ')}`);
		}
	} finally {
		await browser.close();
	}
	return rows;
}
