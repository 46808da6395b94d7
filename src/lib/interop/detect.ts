/**
 * Which format a file is in, by its content (the extension only breaks ties), and reading a
 * file's bytes as text. No parser library is imported here: this module is cheap to load.
 */
import { MAX_IMPORT_BYTES, normaliseNewlines } from './text';
import type { ImportFormat } from './types';

const ANKI_HEADER =
	/^#(separator|html|deck|notetype|tags|columns|guid column|deck column|tags column|notetype column|if matches|match scope):/i;
const CSV_HEADER = /(^|[;,\t])\s*"?(pytanie|question|przód|front|pojęcie|term)"?\s*([;,\t]|$)/i;
const CSV_ANSWER =
	/(^|[;,\t])\s*"?(odpowied[źz]|odpowiedzi|answer|answers|tył|back|definicja|definition)"?\s*([;,\t]|$)/i;

/**
 * The format of a text file, or undefined when it is none of those Kartkówka reads.
 * @param fileName used only when the content fits more than one format
 */
export function detectFormat(text: string, fileName = ''): ImportFormat | undefined {
	const head = normaliseNewlines(text.slice(0, 65536));
	const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
	const firstLine = head.split('\n').find((l) => l.trim()) ?? '';
	if (/^\s*<(\?xml|quiz[\s>])/.test(head) || (/<quiz[\s>]/.test(head) && /<question\s/.test(head)))
		return 'moodle-xml';
	if (ANKI_HEADER.test(firstLine)) return 'anki-text';
	if (CSV_HEADER.test(firstLine) && CSV_ANSWER.test(firstLine)) return 'csv';
	const gift =
		/^\s*::[^\n]*?::/m.test(head) ||
		/^\$CATEGORY:/m.test(head) ||
		/\{\s*(?:[=~#]|%-?\d|(?:T|F|TRUE|FALSE)\s*(?:#|\}))/.test(head);
	const aiken = /^ANSWER\s*:\s*[A-Za-z]/m.test(head) && /^[A-Za-z][.)]\s*\S/m.test(head);
	if (gift && (!aiken || ext === 'gift' || ext === 'txt')) return 'gift';
	if (aiken) return 'aiken';
	const lines = head.split('\n').filter((l) => l.trim());
	if (lines.length && lines.filter((l) => l.includes('\t')).length >= lines.length * 0.8)
		return 'quizlet';
	if (ext === 'csv') return 'csv';
	if (ext === 'xml') return 'moodle-xml';
	if (ext === 'gift') return 'gift';
	if (lines.length && lines.filter((l) => /[;,]| - /.test(l)).length >= lines.length * 0.8)
		return 'quizlet';
	return undefined;
}

/** Why a file cannot be read as text, or undefined. */
export type ReadProblem = 'za-duży' | 'binarny';

/**
 * Bytes of a file as text: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode
 * text"), else Windows-1250 (a CSV saved by a Polish Excel as "CSV (rozdzielany przecinkami)").
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: ReadProblem } {
	if (bytes.length > MAX_IMPORT_BYTES) return { problem: 'za-duży' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
	// Zip packages (.apkg, .xlsx, .docx) and other binaries.
	if ((bytes[0] === 0x50 && bytes[1] === 0x4b) || bytes.subarray(0, 4096).includes(0))
		return { problem: 'binarny' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { text: new TextDecoder('windows-1250').decode(bytes) };
	}
}
