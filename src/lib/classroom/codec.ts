/**
 * Packing a JSON value into a short, URL-safe text and back: deflate-raw compression,
 * a CRC-32 checksum and base64url. Used by share links and result codes, so a link that was
 * cut short, mistyped or edited is rejected before anything reads it.
 *
 * Layout of the packed bytes: [kind (1 byte)] [CRC-32 of the rest, big-endian (4 bytes)]
 * [deflate-raw of the UTF-8 JSON]. The kind tells a share link from a result code, and a link
 * naming its questions by id (`config`) from one carrying them (`carried`).
 *
 * `config` and `result` use the browser's own deflate (CompressionStream). `carried` links
 * are deflated at level 9 with a preset dictionary (`carried-dictionary.ts`) by fflate, which
 * CompressionStream cannot do; fflate is imported only when such a link is made or read.
 */
import { CARRIED_DICTIONARY_V1 } from './carried-dictionary';
import { classroomText as text } from './strings';

/** What a packed text holds. */
export type PackKind = 'config' | 'carried' | 'result';

const KIND_BYTE: Record<PackKind, number> = { config: 0x43, carried: 0x51, result: 0x52 };

/** Longest packed text accepted, in characters (checked before anything is decompressed). */
export const MAX_PACKED_CHARS = 12_000;
/** Largest JSON accepted after decompression, in bytes (guards against "zip bombs"). */
export const MAX_JSON_BYTES = 200_000;

/** A decoded value, or a Polish reason why it could not be read. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (the one zip and PNG use) of some bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i] as number;
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
		out += ALPHABET[(n >> 18) & 63];
		out += ALPHABET[(n >> 12) & 63];
		if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
		if (c !== undefined) out += ALPHABET[n & 63];
	}
	return out;
}

/** Base64url text (padding optional) as bytes, or null when it holds a foreign character. */
export function fromBase64Url(textIn: string): Uint8Array | null {
	const clean = textIn.replace(/=+$/, '');
	if (clean.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let o = 0;
	for (const ch of clean) {
		const digit = LOOKUP.get(ch);
		if (digit === undefined) return null;
		value = (value << 6) | digit;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (value >> bits) & 0xff;
		}
	}
	return out;
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

function run(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
	const writer = stream.writable.getWriter();
	// Errors surface through the readable side; keep the writer's own rejections quiet.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return collect(stream.readable as ReadableStream<Uint8Array>, limit);
}

const dictionary = () => new TextEncoder().encode(CARRIED_DICTIONARY_V1);

async function deflate(kind: PackKind, json: Uint8Array): Promise<Uint8Array> {
	if (kind !== 'carried') return run(json, new CompressionStream('deflate-raw'), Infinity);
	const { deflateSync } = await import('fflate');
	return deflateSync(json, { level: 9, dictionary: dictionary() });
}

/** Inflates at most `MAX_JSON_BYTES`; a RangeError when there is more. */
async function inflate(kind: PackKind, compressed: Uint8Array): Promise<Uint8Array> {
	if (kind !== 'carried') {
		return run(compressed, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
	}
	const { inflateSync } = await import('fflate');
	// A buffer one byte larger than allowed: filling it means the data goes on (a "zip bomb").
	const out = inflateSync(compressed, {
		dictionary: dictionary(),
		out: new Uint8Array(MAX_JSON_BYTES + 1)
	});
	if (out.length > MAX_JSON_BYTES) throw new RangeError('too large');
	return out;
}

/** Packs a JSON-serialisable value into base64url text. */
export async function pack(kind: PackKind, value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	const compressed = await deflate(kind, json);
	const bytes = new Uint8Array(5 + compressed.length);
	bytes[0] = KIND_BYTE[kind];
	new DataView(bytes.buffer).setUint32(1, crc32(compressed));
	bytes.set(compressed, 5);
	return toBase64Url(bytes);
}

/** The kind a packed text says it holds (read from its first byte), or null. */
export function packedKind(packed: string): PackKind | null {
	const bytes = fromBase64Url(packed.trim().slice(0, 4));
	const byte = bytes?.[0];
	const found = Object.entries(KIND_BYTE).find(([, b]) => b === byte);
	return found ? (found[0] as PackKind) : null;
}

/**
 * Unpacks text made by `pack` with one of `kinds` into parsed JSON (not yet validated), and
 * says which kind it was. Rejects text that is too long, not base64url, of another kind, or
 * whose checksum does not match, before inflating.
 */
export async function unpackAny(
	kinds: readonly PackKind[],
	packed: string
): Promise<Decoded<{ kind: PackKind; json: unknown }>> {
	const trimmed = packed.trim();
	if (trimmed.length > MAX_PACKED_CHARS) return { ok: false, reason: text.tooLong };
	if (trimmed.length < 8) return { ok: false, reason: text.broken };
	const bytes = fromBase64Url(trimmed);
	if (!bytes || bytes.length < 6) return { ok: false, reason: text.broken };
	const kind = (Object.keys(KIND_BYTE) as PackKind[]).find((k) => KIND_BYTE[k] === bytes[0]);
	if (!kind) return { ok: false, reason: text.broken };
	if (!kinds.includes(kind)) {
		return { ok: false, reason: kind === 'result' ? text.notALink : text.notAResult };
	}
	const compressed = bytes.subarray(5);
	const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1);
	if (crc32(compressed) !== expected) return { ok: false, reason: text.broken };
	let json: Uint8Array;
	try {
		json = await inflate(kind, compressed);
	} catch (e) {
		return { ok: false, reason: e instanceof RangeError ? text.tooLong : text.broken };
	}
	try {
		const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown;
		return { ok: true, value: { kind, json: value } };
	} catch {
		return { ok: false, reason: text.broken };
	}
}

/** Unpacks text made by `pack(kind, …)` into parsed JSON (see `unpackAny`). */
export async function unpack(kind: PackKind, packed: string): Promise<Decoded<unknown>> {
	const unpacked = await unpackAny([kind], packed);
	return unpacked.ok ? { ok: true, value: unpacked.value.json } : unpacked;
}
