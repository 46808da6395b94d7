import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadAllBanks } from './src/lib/bank/fs';

/** Fails the build (and the dev server) with file, item id and rule when a bank is broken. */
function checkBanks(): Plugin {
	return {
		name: 'kartkowka:check-banks',
		buildStart() {
			loadAllBanks(process.cwd());
		}
	};
}

export default defineConfig({
	plugins: [checkBanks(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts']
	}
});
