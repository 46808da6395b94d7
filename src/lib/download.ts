/** Saves text made in the browser as a file the user downloads (nothing leaves the device). */
export function downloadFile(name: string, content: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// The download has started by now; the URL is released a little later for slow browsers.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
