// `node bench/js-map.js [--no-build]`: what JavaScript each page loads to open, and why. Builds
// with a plugin that records every module's rendered size per chunk, then walks the client
// manifest's static imports from the entry, the layouts and the page, and prints the gzip size
// of each chunk with its largest modules. A tool for finding what to split; budgets are gated
// by tests/e2e/budgets.e2e.ts, which measures what the browser really fetches.
import { execSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.svelte-kit/output/client';
const MODULES = 'bench/out/js-modules.json';
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

if (!process.argv.includes('--no-build')) {
	execSync('npx vite build -c bench/vite.js-map.config.js', {
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

const modules = existsSync(MODULES) ? JSON.parse(readFileSync(MODULES, 'utf8')) : {};
const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8'));
const app = readFileSync('.svelte-kit/generated/client-optimized/app.js', 'utf8');
const dictionary = JSON.parse(
	app
		.match(/dictionary = (\{[\s\S]*?\});/)[1]
		.replace(/,\s*}/, '}')
		.replace(/(\d+),\[(\d+)\]/g, '$1,$2')
);

/** The chunk files a manifest key loads statically, itself first. */
function closure(keys) {
	const seen = new Set();
	const visit = (key) => {
		if (seen.has(key)) return;
		seen.add(key);
		for (const k of manifest[key].imports ?? []) visit(k);
	};
	keys.forEach(visit);
	return [...seen].map((k) => manifest[k].file);
}

const entry = [
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js',
	'.svelte-kit/generated/client-optimized/app.js'
];
const node = (n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
const wanted = process.argv.filter((a) => a.startsWith('/'));
for (const [route, nodes] of Object.entries(dictionary)) {
	if (wanted.length && !wanted.includes(route)) continue;
	const [page, ...layouts] = [nodes].flat();
	const files = closure([...entry, node(0), ...layouts.map(node), node(page)]);
	const rows = files.map((f) => [f, gz(readFileSync(join(OUT, f)))]).sort((a, b) => b[1] - a[1]);
	const total = rows.reduce((s, [, n]) => s + n, 0);
	console.log(`\n${route}: ${kb(total)} KB gzip in ${rows.length} chunks`);
	for (const [f, n] of rows) {
		const top = (modules[f] ?? [])
			.slice(0, 6)
			.map(([id, len]) => `${id.replace(/^node_modules\//, '~')} ${kb(len)}`);
		console.log(`  ${kb(n).padStart(5)} ${f}\n        ${top.join('\n        ')}`);
	}
}
