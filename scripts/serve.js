// `npm start`: serves the production build with `vite preview` and prints the address.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, host: process.env.HOST ?? 'localhost' } });
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const urls = server.resolvedUrls?.local ?? [`http://localhost:${port}/`];
console.log(`\nKartkówka działa pod adresem: ${urls[0]?.replace(/\/$/, '')}${base}/`);
console.log('Zatrzymanie: Ctrl+C\n');
