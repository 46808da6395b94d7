/** Finding and launching the system Chromium. Never downloads a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

export const CHROMIUM_HELP =
	'Nie znaleziono Chromium do testów w przeglądarce. Zainstaluj go: `sudo apt-get install chromium` ' +
	'(Debian/Ubuntu) albo wskaż plik przez zmienną CHROMIUM_PATH, np. CHROMIUM_PATH=/ścieżka/do/chrome npm test.';

/** Path of the Chromium to drive, or throws with instructions how to install one. */
export function chromiumPath(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH=${fromEnv} nie istnieje. ${CHROMIUM_HELP}`);
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found) throw new Error(CHROMIUM_HELP);
	return found;
}

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

export function launch(options: LaunchOptions = {}): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS,
		...options
	});
}

/** A persistent context (a real profile dir), needed e.g. for installability checks. */
export function launchPersistent(userDataDir: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS
	});
}
