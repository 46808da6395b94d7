// Building today's queue from 1,000 / 10,000 / 100,000 synthetic card states, in node,
// through the real pure function (loaded from the TypeScript source by Vite's SSR loader).
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { median } from './lib.js';

const SIZES = [
	{ cards: 1_000, target: 1 },
	{ cards: 10_000, target: 5 },
	{ cards: 100_000, target: 50 }
];
const DAY = 86_400_000;

/** A deterministic mix: 30% new, 10% learning, 60% review spread over ±30 days. */
function synthetic(n, now) {
	let seed = 42;
	const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
	const cardIds = [];
	const states = new Map();
	for (let i = 0; i < n; i++) {
		const cardId = `c-${i}`;
		cardIds.push(cardId);
		const r = rand();
		if (r < 0.3) continue;
		const state = r < 0.4 ? 1 : 2;
		const due = new Date(now.getTime() + (rand() - 0.5) * 60 * DAY);
		states.set(cardId, {
			bankId: 'bench',
			cardId,
			due,
			stability: 1 + rand() * 100,
			difficulty: 1 + rand() * 9,
			elapsed_days: 0,
			scheduled_days: 1,
			learning_steps: 0,
			reps: 3,
			lapses: 0,
			state,
			last_review: new Date(due.getTime() - DAY),
			suspended: rand() < 0.01,
			leech: false,
			updatedAt: now.getTime()
		});
	}
	return { cardIds, states };
}

export async function benchQueue() {
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false },
		appType: 'custom',
		optimizeDeps: { noDiscovery: true, entries: [] },
		logLevel: 'error'
	});
	try {
		const { buildQueue } = await vite.ssrLoadModule('/src/lib/srs/queue.ts');
		const { defaultSettings } = await vite.ssrLoadModule('/src/lib/srs/settings.ts');
		const settings = defaultSettings('bench');
		const now = new Date('2026-11-24T12:00:00Z');
		const done = { newDone: 0, reviewsDone: 0, total: 0 };
		const rows = [];
		for (const { cards, target } of SIZES) {
			const { cardIds, states } = synthetic(cards, now);
			const runs = cards >= 100_000 ? 15 : 50;
			for (let i = 0; i < 3; i++) buildQueue({ cardIds, states, done, settings, now }); // warm-up
			const times = [];
			for (let i = 0; i < runs; i++) {
				const t0 = performance.now();
				buildQueue({ cardIds, states, done, settings, now });
				times.push(performance.now() - t0);
			}
			rows.push({ cards, target, runs, median: median(times) });
		}
		const [a, , c] = rows;
		console.log(
			`    growth 1k → 100k: ×${(c.median / a.median).toFixed(1)} for ×100 cards (linear would be ×100)`
		);
		return rows;
	} finally {
		await vite.close();
	}
}
