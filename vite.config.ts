import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { loadAllBanks } from './src/lib/bank/fs';
import { THEME_COLOR_LIGHT, BACKGROUND_COLOR_LIGHT } from './src/lib/pwa/colors';

/** Fails the build (and the dev server) with file, item id and rule when a bank is broken. */
function checkBanks(): Plugin {
	return {
		name: 'kartkowka:check-banks',
		buildStart() {
			loadAllBanks(process.cwd());
		}
	};
}

/** SvelteKit's working directory (svelte.config.js `kit.outDir`); test builds use another one. */
const kitOutDir = process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit';

/**
 * @vite-pwa/sveltekit moves the generated worker from the server output into the client output
 * only for the default `.svelte-kit`; with another `kit.outDir` this finishes the move, before
 * the adapter copies the client output (the plugin is ordered `pre` like the PWA plugin's).
 */
function moveWorkerIntoClient(): Plugin {
	let ssr = false;
	return {
		name: 'kartkowka:move-worker',
		apply: 'build',
		enforce: 'pre',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		closeBundle: {
			sequential: true,
			handler() {
				const server = join(kitOutDir, 'output', 'server');
				if (!ssr || !existsSync(server)) return;
				for (const name of readdirSync(server)) {
					if (name === 'sw.js' || /^workbox-[\w-]+\.js$/.test(name)) {
						renameSync(join(server, name), join(kitOutDir, 'output', 'client', name));
					}
				}
			}
		}
	};
}

/**
 * adapter-static writes the app shell 404.html only into the build directory; `vite preview`
 * serves `.svelte-kit/output/client`, so copy it there too. The service worker precaches it
 * (kit.spa below) and the preview must be able to serve it like any static host.
 */
function fallbackForPreview(): Plugin {
	let ssr = false;
	return {
		name: 'kartkowka:fallback-for-preview',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				const shell = join(process.env.BUILD_DIR ?? 'build', '404.html');
				if (ssr && existsSync(shell)) {
					copyFileSync(shell, join(kitOutDir, 'output', 'client', '404.html'));
				}
			}
		}
	};
}

/** Sub-path the site is served under, e.g. `/kartkowka` (empty for the domain root); see svelte.config.js. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/**
 * `vite preview` answers a page that was not prerendered by rendering it on its server; a
 * static host answers it with the app shell 404.html. Pages of a bank on the device
 * (`/moj-…/quiz`) are never prerendered and must get the shell, which renders them in the
 * browser from the device's data; so the preview does what a static host does.
 */
function staticHostPreview(): Plugin {
	const pages = join(kitOutDir, 'output', 'prerendered', 'pages');
	const shell = join(kitOutDir, 'output', 'client', '404.html');
	return {
		name: 'kartkowka:static-host-preview',
		apply: 'serve',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				const accept = req.headers.accept ?? '';
				if (req.method !== 'GET' || !accept.includes('text/html') || !req.url) return next();
				let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
				if (base && path.startsWith(base)) path = path.slice(base.length);
				path = path.replace(/\/$/, '') || '/index';
				if (/\.[a-z0-9]+$/i.test(path) || !existsSync(shell)) return next();
				const known = [`${path}.html`, `${path}/index.html`].some((f) =>
					existsSync(join(pages, f))
				);
				if (known) return next();
				res.statusCode = 404;
				res.setHeader('content-type', 'text/html');
				res.end(readFileSync(shell));
			});
		}
	};
}

/**
 * Files of the interop layer (other apps' formats and their libraries: fast-xml-parser,
 * papaparse, fflate, sql.js), which only a teacher importing or exporting ever loads. They are
 * left out of the precache (its budget is 300 KB gzip, tests/e2e/budgets.e2e.ts, and learners
 * never need them) and cached when first loaded instead (runtime cache `kartkowka-lazy`
 * below); "Dodaj zestaw" and "Eksportuj zestaw" load them all as soon as they open, so from
 * then on import and export work offline. Read from the client build's Vite manifest: every
 * chunk not reachable from an entry without going through a module of `src/lib/interop/`.
 * @returns glob patterns relative to the worker's glob directory (`<outDir>/output`)
 */
function interopOnlyChunks(): string[] {
	const path = join(kitOutDir, 'output', 'client', '.vite', 'manifest.json');
	if (!existsSync(path)) return [];
	type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Chunk>;
	const reached = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || reached.has(key) || key.startsWith('src/lib/interop/')) return;
		reached.add(key);
		for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
	};
	for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
	const kept = new Set([...reached].map((key) => manifest[key]!.file));
	return Object.values(manifest)
		.map((chunk) => chunk.file)
		.filter((file) => file.endsWith('.js') && !kept.has(file))
		.map((file) => `client/${file}`);
}

/** Home-screen shortcuts: today's flashcards and a new quiz, for the first banks (at most 4). */
function shortcuts(): NonNullable<ManifestOptions['shortcuts']> {
	const icons = [{ src: `${base}/pwa-192x192.png`, sizes: '192x192', type: 'image/png' }];
	return loadAllBanks(process.cwd())
		.slice(0, 2)
		.flatMap(({ bank }) => [
			{
				name: `Fiszki na dziś — ${bank.title}`,
				short_name: 'Fiszki',
				url: `${base}/${bank.id}/cards`,
				icons
			},
			{
				name: `Nowy quiz — ${bank.title}`,
				short_name: 'Quiz',
				url: `${base}/${bank.id}/quiz`,
				icons
			}
		]);
}

export default defineConfig({
	plugins: [
		checkBanks(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// An update waits for the learner to press "Odśwież" (src/lib/pwa): nothing reloads
			// in the middle of a quiz or a review.
			registerType: 'prompt',
			// src/lib/pwa/pwa.svelte.ts registers the worker itself, in the browser only.
			injectRegister: false,
			// app.html links the manifest and the icons itself.
			includeManifestIcons: false,
			manifest: {
				id: `${base}/`,
				name: 'Kartkówka',
				short_name: 'Kartkówka',
				description:
					'Quizy i fiszki z jednego tekstu — działa offline, postępy zostają na urządzeniu.',
				lang: 'pl',
				dir: 'ltr',
				start_url: `${base}/`,
				scope: `${base}/`,
				display: 'standalone',
				orientation: 'any',
				theme_color: THEME_COLOR_LIGHT,
				background_color: BACKGROUND_COLOR_LIGHT,
				categories: ['education'],
				icons: [
					{ src: `${base}/pwa-64x64.png`, sizes: '64x64', type: 'image/png' },
					{ src: `${base}/pwa-192x192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: `${base}/pwa-512x512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: `${base}/maskable-icon-512x512.png`,
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				],
				shortcuts: shortcuts()
			},
			integration: {
				// The client bundle exists by now: leave the interop chunks out of the precache.
				beforeBuildServiceWorker(options) {
					options.workbox.globIgnores = [
						...(options.workbox.globIgnores ?? []),
						...interopOnlyChunks()
					];
				}
			},
			kit: {
				// Must equal `trailingSlash` in src/routes/+layout.ts: precache URLs are the
				// prerendered pages' URLs without `.html` and without a trailing slash.
				trailingSlash: 'never',
				// Same as `kit.outDir` in svelte.config.js.
				outDir: kitOutDir,
				// adapter-static writes the app shell as 404.html (svelte.config.js); precache it.
				adapterFallback: '404.html',
				spa: true
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,txt}',
					'prerendered/**/*.{html,json}'
				],
				// Take control of the page of the very first visit, so that it is offline-ready
				// without a reload. Later versions do NOT skip waiting: they wait for "Odśwież".
				clientsClaim: true,
				skipWaiting: false,
				cleanupOutdatedCaches: true,
				// Every page is prerendered, so no query parameter can change a page or its data.
				// Ignoring all of them makes the precache answer SvelteKit's own
				// `__data.json?x-sveltekit-invalidated=…` and `?x-sveltekit-trailing-slash=…`
				// requests, `?highlight=q-…` links to the text, share links and `utm_*` tags.
				ignoreURLParametersMatching: [/.*/],
				// Unknown pages are answered by the network; offline, by the app shell (404.html),
				// which renders the app's own "Nie ma takiej strony".
				navigateFallback: null,
				runtimeCaching: [
					{
						// SQLite's WebAssembly for the `.apkg` export (about 330 KB gzip) would break the
						// precache budget on its own (tests/e2e/budgets.e2e.ts, 300 KB), and most learners
						// never export to Anki. It is cached on its own instead: opening "Eksportuj
						// zestaw" fetches it once (src/lib/interop/sqlite.ts `warmSqlJs`), and from then
						// on the export works offline. Hashed file names: a new version adds a new entry,
						// the old one is dropped.
						urlPattern: ({ url }) => url.pathname.endsWith('.wasm'),
						handler: 'CacheFirst',
						options: {
							cacheName: 'kartkowka-wasm',
							expiration: { maxEntries: 2 },
							cacheableResponse: { statuses: [200] }
						}
					},
					{
						// The interop chunks left out of the precache (see `interopOnly`). Every file
						// under _app/immutable/ has a content hash in its name, so the first copy is
						// good for ever; precached files never reach this route.
						urlPattern: ({ url }) => url.pathname.includes('/_app/immutable/'),
						handler: 'CacheFirst',
						options: {
							cacheName: 'kartkowka-lazy',
							expiration: { maxEntries: 80 },
							cacheableResponse: { statuses: [200] }
						}
					},
					{
						urlPattern: ({ request }) => request.mode === 'navigate',
						handler: 'NetworkOnly',
						options: { precacheFallback: { fallbackURL: `${base}/404.html` } }
					},
					{
						// Page data of a page that does not exist (e.g. /nie-ma/__data.json for the
						// [bank] route): offline it is a 404, so the app shows "Nie ma takiej strony"
						// instead of a network error.
						urlPattern: ({ url }) => url.pathname.endsWith('/__data.json'),
						handler: 'NetworkOnly',
						options: {
							plugins: [
								{
									handlerDidError: async () =>
										new Response('Not found', {
											status: 404,
											headers: { 'content-type': 'text/plain' }
										})
								}
							]
						}
					}
				]
			}
		}),
		moveWorkerIntoClient(),
		fallbackForPreview(),
		staticHostPreview()
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts']
	}
});
