/**
 * Seeded random numbers: the same seed always gives the same quiz.
 * mulberry32 over a 32-bit FNV-1a hash of the seed string.
 */

/** A random generator returning numbers in [0, 1). */
export type Rng = () => number;

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32 seeded with a 32-bit integer. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A generator seeded by a string (any text; the seed shown to the learner). */
export function rngFromSeed(seed: string): Rng {
	return mulberry32(hashString(seed));
}

/**
 * A permutation of `0..n-1` (Fisher–Yates). `result[k]` is the original index shown at
 * position k.
 */
export function shuffle(n: number, rng: Rng): number[] {
	const out = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		const tmp = out[i] as number;
		out[i] = out[j] as number;
		out[j] = tmp;
	}
	return out;
}

/** The items of `list` in a seeded random order (a new array). */
export function shuffled<T>(list: readonly T[], rng: Rng): T[] {
	return shuffle(list.length, rng).map((i) => list[i] as T);
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short, readable new seed such as "k7m2qx", from any random source (e.g. Math.random). */
export function newSeed(random: Rng, length = 6): string {
	let s = '';
	for (let i = 0; i < length; i++) s += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
	return s;
}
