/** Saves a file on the device (the browser's download). Browser only. */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file on the device. Browser only. */
export function downloadText(name: string, content: string, type: string): void {
	downloadBlob(name, new Blob([content], { type }));
}
