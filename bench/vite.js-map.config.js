// The app's Vite config plus a plugin recording each client chunk's modules and their rendered
// sizes (bench/js-map.js reads them). SvelteKit builds the client with this same config file.
import { mkdirSync, writeFileSync } from 'node:fs';
import config from '../vite.config.ts';

export default {
	...config,
	plugins: [
		...config.plugins,
		{
			name: 'kartkowka:js-map',
			generateBundle(options, bundle) {
				if (!options.dir?.includes('client')) return;
				const modules = {};
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					modules[chunk.fileName] = Object.entries(chunk.modules)
						.map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength])
						.filter(([, n]) => n > 0)
						.sort((a, b) => b[1] - a[1]);
				}
				mkdirSync('bench/out', { recursive: true });
				writeFileSync('bench/out/js-modules.json', JSON.stringify(modules));
			}
		}
	]
};
