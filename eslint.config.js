import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ——— Boundaries (ARCHITECTURE.md): one module per boundary, data flows down. ———
const LOCALFORAGE = {
	name: 'localforage',
	message: 'Tylko src/lib/storage/backend.ts używa localforage: korzystaj z $lib/storage.'
};
const TS_FSRS = {
	name: 'ts-fsrs',
	message: 'Tylko src/lib/srs/scheduler.ts używa ts-fsrs: korzystaj z $lib/srs.'
};
const STORAGE_PATTERNS = ['$lib/storage', '$lib/storage/*', '**/storage', '**/storage/*'];
/** `$lib/storage` from a pure module: the domain owns its types, storage imports them. */
const STORAGE_IN_PURE = {
	group: STORAGE_PATTERNS,
	message:
		'Moduły czyste nie sięgają do pamięci: typy rekordów należą do domeny, zapis robi manager lub sesja.'
};
/** The storage singleton from a component: pages and components call managers and sessions. */
const STORAGE_IN_COMPONENT = {
	name: '$lib/storage',
	importNames: ['storage'],
	message: 'Komponenty nie wołają pamięci: użyj managera (*.svelte.ts) albo sesji.'
};
const restrict = (paths, patterns = []) => ({
	'no-restricted-imports': 'off',
	'@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }]
});
const PURE = ['bank', 'quiz', 'srs', 'classroom', 'authoring', 'interop'].map(
	(dir) => `src/lib/${dir}/**/*.ts`
);

const boundaries = [
	{ files: ['src/**/*.ts', 'src/**/*.svelte'], rules: restrict([LOCALFORAGE, TS_FSRS]) },
	{ files: ['src/lib/storage/backend.ts'], rules: restrict([TS_FSRS]) },
	{
		files: PURE,
		// Managers and sessions (*.svelte.ts) and the flashcards' progress store do the I/O.
		ignores: ['src/lib/**/*.svelte.ts', 'src/lib/srs/progress.ts'],
		rules: restrict([LOCALFORAGE, TS_FSRS], [STORAGE_IN_PURE])
	},
	{
		files: ['src/lib/srs/scheduler.ts'],
		rules: restrict([LOCALFORAGE], [STORAGE_IN_PURE])
	},
	{ files: ['src/**/*.svelte'], rules: restrict([LOCALFORAGE, TS_FSRS, STORAGE_IN_COMPONENT]) }
];

export default ts.config(
	{ ignores: ['build/', 'build-*/', '.svelte-kit/', 'node_modules/', 'bench/out/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['vitest.e2e.config.ts', 'bench/*.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig,
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	...boundaries
);
