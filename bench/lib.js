// Shared pieces of `npm run bench`: serving the build, launching Chromium, statistics.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function chromiumPath() {
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome'
	].filter(Boolean);
	const found = candidates.find((p) => existsSync(p));
	if (!found) throw new Error('Chromium not found: apt-get install chromium, or set CHROMIUM_PATH');
	return found;
}

/**
 * Launches the system Chromium. Playwright adds `--disable-back-forward-cache` by default;
 * it is dropped so that Lighthouse's bf-cache audit (and a phone's back button) is measured
 * as a learner's browser behaves.
 */
export function launch(extraArgs = []) {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: [...CHROMIUM_ARGS, ...extraArgs],
		ignoreDefaultArgs: ['--disable-back-forward-cache']
	});
}

export async function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Serves the production build with `vite preview`; resolves to { url, close }. */
export async function serve() {
	const port = await freePort();
	const server = await preview({
		preview: { port, strictPort: true, host: '127.0.0.1', open: false },
		logLevel: 'warn'
	});
	return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
export const ms = (value) => Math.round(value * 100) / 100;
