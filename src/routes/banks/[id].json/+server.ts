import { json } from '@sveltejs/kit';
import { builtInFile, builtInIds } from '$lib/server/banks';
import type { EntryGenerator, RequestHandler } from './$types';

// One data file per built-in bank, written at build time and precached once by the worker.
export const prerender = true;

export const entries = (() => builtInIds().map((id) => ({ id }))) satisfies EntryGenerator;

export const GET = (({ params }) => json(builtInFile(params.id))) satisfies RequestHandler;
