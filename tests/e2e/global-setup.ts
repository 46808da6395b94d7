import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { servePreview, type Served } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let served: Served | undefined;

export async function setup(project: TestProject) {
	// Fails loudly (never skips) when no Chromium is installed.
	chromiumPath();
	if (!existsSync('build/index.html')) {
		throw new Error('Brak zbudowanej aplikacji w build/. Uruchom najpierw `npm run build`.');
	}
	served = await servePreview();
	project.provide('baseURL', served.url);
}

export async function teardown() {
	await served?.close();
}
