import { json } from '@sveltejs/kit';
import { builtInIndex } from '$lib/server/banks';
import type { RequestHandler } from './$types';

// The list of built-in banks (titles, counts, card ids), written at build time.
export const prerender = true;

export const GET = (() => json(builtInIndex())) satisfies RequestHandler;
