/**
 * Browser-side helpers for `npm run export` (scripts/export.ts calls them through the still
 * page): re-encode a PNG screenshot as WebP with the browser's own encoder (no image
 * library to install), and check that an SVG file draws as an <img>, standalone.
 */
async function load(src: string): Promise<HTMLImageElement> {
	const img = new Image();
	img.src = src;
	await img.decode();
	return img;
}

/** A data: URL of the PNG as WebP at `quality` (0–1). */
export async function pngToWebp(pngDataUrl: string, quality: number): Promise<string> {
	const img = await load(pngDataUrl);
	const canvas = document.createElement('canvas');
	canvas.width = img.naturalWidth;
	canvas.height = img.naturalHeight;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no 2D canvas');
	context.drawImage(img, 0, 0);
	const webp = canvas.toDataURL('image/webp', quality);
	// A browser without a WebP encoder quietly falls back to PNG.
	if (!webp.startsWith('data:image/webp')) throw new Error('this browser cannot encode WebP');
	return webp;
}

/** The size the SVG draws at as an image, or an error when it does not draw at all. */
export async function svgDraws(svg: string): Promise<{ width: number; height: number }> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = await load(url);
		return { width: img.naturalWidth, height: img.naturalHeight };
	} finally {
		URL.revokeObjectURL(url);
	}
}
