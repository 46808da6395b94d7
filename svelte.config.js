import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Sub-path the site is served under, e.g. `/kartkowka` (empty for the domain root). */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			precompress: false,
			strict: true
		}),
		paths: { base, relative: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// The PWA plugin registers the worker (see vite.config.ts); SvelteKit must not.
		serviceWorker: { register: false }
	}
};

export default config;
