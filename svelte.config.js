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
			// The app shell for unknown URLs: hosts serve it as the 404 page, and the service
			// worker answers unknown pages with it offline (it renders "Nie ma takiej strony").
			fallback: '404.html',
			precompress: false,
			strict: true
		}),
		paths: { base, relative: false },
		// Test builds (tests/e2e/pwa.e2e.ts) use their own directory so that they never
		// overwrite the build `vite preview` is serving.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// The PWA plugin registers the worker (see vite.config.ts); SvelteKit must not.
		serviceWorker: { register: false },
		// Private by design: nothing but the app's own origin, enforced by the browser. Prerendered
		// pages carry this as a <meta http-equiv> tag, with the hash of SvelteKit's inline
		// bootstrap script added to script-src.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets the page compile WebAssembly from our own origin (SQLite
				// for the Anki .apkg export); it does not allow eval() of JavaScript.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// Stylesheets only from our origin, no inline <style> elements. Inline style
				// *attributes* are allowed (style-src-attr): SvelteKit's route announcer, app.html's
				// `display: contents` wrapper and Svelte's `style:` directives render them, and
				// they cannot run code. Transitions use the Web Animations API, which CSP does not
				// restrict. Checked in Chromium with no `securitypolicyviolation` (tests/e2e/pwa.e2e.ts).
				'style-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
