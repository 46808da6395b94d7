// `node bench/authoring.js`: how long the authoring engine takes for a 20 000-character text
// (the three measurement texts repeated), the largest single synchronous step, and the quality
// table of the judged measurement texts. Figures never fail anything; targets are printed.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(os.tmpdir(), 'kartkowka-authoring-'));
const outfile = join(dir, 'engine.mjs');
await build({
	entryPoints: [join(root, 'src/lib/authoring/engine.ts')],
	bundle: true,
	format: 'esm',
	platform: 'node',
	outfile,
	alias: { $lib: join(root, 'src/lib') },
	logLevel: 'error'
});
const { proposeText } = await import(pathToFileURL(outfile).href);
const { size } = await import('node:fs').then((fs) => fs.statSync(outfile));
rmSync(dir, { recursive: true });

const names = ['wisla', 'chrzest', 'misja'];
const texts = names.map((n) =>
	readFileSync(join(root, `tests/fixtures/authoring/${n}.md`), 'utf8')
);
let long = '';
for (let i = 0; long.length < 20_000; i++) long += `${texts[i % texts.length]}\n\n`;
long = long.slice(0, long.lastIndexOf('\n\n', 20_000)).trim();

// Warm up, then take the median of several runs.
for (let i = 0; i < 3; i++) proposeText(long);
const runs = [];
const cpu = [];
let result;
for (let i = 0; i < 9; i++) {
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	result = proposeText(long);
	const c1 = process.cpuUsage(c0);
	runs.push(performance.now() - t0);
	cpu.push((c1.user + c1.system) / 1000);
}
cpu.sort((a, b) => a - b);
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
console.log(`Engine bundle: ${(size / 1024).toFixed(1)} KB (unminified)`);
console.log(
	`20 000-character text (${long.length} characters, ${result.proposals.paragraphs.length} paragraphs): ` +
		`${result.proposals.proposals.length} proposals in ${median.toFixed(0)} ms median ` +
		`(slowest ${runs[runs.length - 1].toFixed(0)} ms; CPU time median ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms; ` +
		`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores; target < 1000 ms, off the main thread)`
);

console.log('\nQuality on the judged texts');
console.log(
	'| text | kind | paragraphs | proposals | per paragraph | accepted unchanged | fact paragraphs without an accepted proposal |'
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const name of names) {
	const judged = JSON.parse(
		readFileSync(join(root, `tests/fixtures/authoring/${name}.judged.json`), 'utf8')
	);
	const made = proposeText(
		readFileSync(join(root, `tests/fixtures/authoring/${judged.text}`), 'utf8')
	);
	const verdicts = new Map(judged.proposals.map((p) => [p.id, p.verdict]));
	const proposals = made.proposals.proposals;
	const accepted = proposals.filter((p) => verdicts.get(p.id) === 'accepted');
	const covered = new Set(accepted.map((p) => p.paragraph));
	const paragraphs = made.proposals.paragraphs.length;
	const uncovered = judged.factParagraphs.filter((a) => !covered.has(a)).length;
	console.log(
		`| ${judged.text} | ${judged.kind} | ${paragraphs} | ${proposals.length} | ${(proposals.length / paragraphs).toFixed(1)} | ` +
			`${((accepted.length / proposals.length) * 100).toFixed(1)}% (${accepted.length}/${proposals.length}) | ${uncovered} |`
	);
}
