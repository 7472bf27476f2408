/**
 * "Lejupielādēt DOCX" in the reader's browser: the copy's text is read from the page that
 * shows it (this page for the teacher's copy; the pupil's page, fetched, for the pupil's),
 * turned back into its HTML tree and written as DOCX by src/downloads/docx.ts. Nothing is
 * generated at build time and no file is stored per material (README, Benchmark); the
 * converter and the docx library load only when a button is pressed.
 */
import type { Element } from 'hast';
import type { DocxImage, DocxMeta } from './docx.ts';

export interface DownloadRequest {
	/** The page whose `.prose` is the copy; empty for this page. */
	source: string;
	/** File name, without extension. */
	file: string;
	meta: DocxMeta;
}

/** An image of the page as PNG bytes at its natural size (Word takes PNG, JPEG, GIF; the site serves WebP). */
async function loadImage(src: string, base: string): Promise<DocxImage | undefined> {
	const response = await fetch(new URL(src, base));
	if (!response.ok) return undefined;
	const bitmap = await createImageBitmap(await response.blob());
	const canvas = document.createElement('canvas');
	[canvas.width, canvas.height] = [bitmap.width, bitmap.height];
	canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
	const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!png) return undefined;
	return { data: new Uint8Array(await png.arrayBuffer()), type: 'png', width: bitmap.width, height: bitmap.height };
}

async function download(request: DownloadRequest): Promise<void> {
	const base = request.source ? new URL(request.source, location.href).href : location.href;
	const page = request.source ? new DOMParser().parseFromString(await (await fetch(base)).text(), 'text/html') : document;
	const prose = page.querySelector('.prose');
	if (!prose) throw new Error(`${base}: no .prose`);
	const [{ fromDom }, { buildDocx }, { Packer }] = await Promise.all([import('hast-util-from-dom'), import('./docx.ts'), import('docx')]);
	const tree = fromDom(prose) as Element;
	const blob = await Packer.toBlob(await buildDocx(tree, request.meta, (src) => loadImage(src, base)));
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = `${request.file}.docx`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Shows the buttons (hidden without JavaScript) and makes them work; a failure is said beside the button. */
export function startDownloads(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-docx]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const status = button.parentElement?.querySelector<HTMLElement>('[data-docx-status]');
			button.disabled = true;
			if (status) status.textContent = button.dataset.working ?? '';
			try {
				await download(JSON.parse(button.dataset.docx ?? '{}') as DownloadRequest);
				if (status) status.textContent = button.dataset.done ?? '';
			} catch (error) {
				if (status) status.textContent = button.dataset.failed ?? '';
				console.error(error);
			} finally {
				button.disabled = false;
			}
		});
	}
	for (const fallback of document.querySelectorAll<HTMLElement>('[data-docx-fallback]')) fallback.hidden = true;
}
