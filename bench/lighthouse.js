// Lighthouse 12.2.3 (pinned: newer versions need Node 22) against the system Chromium.
import lighthouse from 'lighthouse';
import { freePort, launch } from './lib.js';

export async function benchLighthouse(baseUrl, paths) {
	const port = await freePort();
	const browser = await launch([`--remote-debugging-port=${port}`]);
	const rows = [];
	try {
		for (const path of paths) {
			const result = await lighthouse(baseUrl + path, {
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			const scores = Object.fromEntries(
				Object.entries(result.lhr.categories).map(([id, c]) => [id, c.score])
			);
			const failed = Object.values(result.lhr.audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id);
			rows.push({ path, scores, failed });
			if (failed.length) console.log(`    ${path}: failing audits: ${failed.join(', ')}`);
		}
	} finally {
		await browser.close();
	}
	return rows;
}
