/**
 * A plain static host for browser tests, like nginx or GitHub Pages: serves a build directory
 * under a base path, `/a/b` from `a/b.html`, unknown paths with `404.html` (status 404), and
 * `sw.js` with `Cache-Control: no-cache`. The directory is read on every request, so a test
 * can swap a new build in while it runs.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { freePort, type Served } from './server';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/** The file a URL path (below the base) maps to, or null. */
function resolveFile(root: string, path: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return null;
	}
	const full = normalize(join(root, decoded));
	if (full !== root && !full.startsWith(root + sep)) return null;
	const candidates = decoded.endsWith('/')
		? [join(full, 'index.html')]
		: [full, `${full}.html`, join(full, 'index.html')];
	return candidates.find(isFile) ?? null;
}

export interface StaticServer extends Served {
	/** Every path requested so far (with query), for assertions. */
	requests: string[];
	/** Serve another directory from now on (e.g. the next build). */
	setRoot(dir: string): void;
}

/** Serves `dir` at `http://127.0.0.1:<port><base>` (base like `/kartkowka`, or ''). */
export async function serveStatic(dir: string, base = ''): Promise<StaticServer> {
	let root = resolve(dir);
	const requests: string[] = [];
	const port = await freePort();
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname + url.search);
		const send = (file: string, status: number) => {
			const headers: Record<string, string> = {
				'content-type': MIME[extname(file)] ?? 'application/octet-stream'
			};
			if (file.endsWith('sw.js') || extname(file) === '.html')
				headers['cache-control'] = 'no-cache';
			res.writeHead(status, headers);
			createReadStream(file).pipe(res);
		};
		const notFound = () => {
			const page = join(root, '404.html');
			if (isFile(page)) send(page, 404);
			else res.writeHead(404).end('Not found');
		};
		// Like SvelteKit's preview: the root of a sub-path is always `/base/`.
		if (base && url.pathname === base) {
			res.writeHead(308, { location: `${base}/${url.search}` }).end();
			return;
		}
		if (!url.pathname.startsWith(`${base}/`)) return notFound();
		const file = resolveFile(root, url.pathname.slice(base.length));
		if (file) send(file, 200);
		else notFound();
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${port}${base}`,
		requests,
		setRoot(next: string) {
			root = resolve(next);
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
