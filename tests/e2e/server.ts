/** Serving the production build with `vite preview` on a free port. */
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

export interface Served {
	url: string;
	close(): Promise<void>;
}

/** Starts `vite preview` of the current build (`build/` via SvelteKit's output). */
export async function servePreview(): Promise<Served> {
	const port = await freePort();
	const server: PreviewServer = await preview({
		preview: { port, strictPort: true, host: '127.0.0.1', open: false },
		logLevel: 'warn'
	});
	const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => server.close()
	};
}
