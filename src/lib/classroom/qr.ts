/** QR codes as accessible SVG, drawn from the modules computed by `qrcode-generator`. */
import qrcode from 'qrcode-generator';

export interface QrSvg {
	/** Modules per side, quiet zone included. */
	size: number;
	/** SVG path data of the dark modules, one unit per module. */
	path: string;
}

/** Width of the light border around the code, in modules (the standard asks for 4). */
const QUIET = 4;

/** The dark modules of a QR code for `text` (error correction level M), as one SVG path. */
export function qrPath(text: string): QrSvg {
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const n = qr.getModuleCount();
	let path = '';
	for (let row = 0; row < n; row++) {
		let col = 0;
		while (col < n) {
			if (!qr.isDark(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < n && qr.isDark(row, col)) col++;
			path += `M${start + QUIET} ${row + QUIET}h${col - start}v1h${start - col}z`;
		}
	}
	return { size: n + 2 * QUIET, path };
}

/** A standalone SVG document of the code (for download or printing). */
export function qrSvgMarkup(text: string, label: string): string {
	const { size, path } = qrPath(text);
	const escaped = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
		`<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
	);
}
