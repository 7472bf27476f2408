/** Attachments as a reader sees them: title, type, size and download address. */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatNumber } from '../i18n/index.ts';
import { ATTACHMENT_TYPES, type AttachmentType } from '../schemas/vocabulary.ts';
import type { MaterialData } from '../schemas/material.ts';
import { materialPath } from './urls.ts';

export interface AttachmentDetails {
	file: string;
	title: string;
	/** Short type name, e.g. "PDF". */
	type: string;
	bytes: number;
	/** Site path (without base). */
	path: string;
	/** Absolute path on disk, for the build to copy. */
	source: string;
}

/** "245 KB", "1,2 MB" */
export function formatBytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
	return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

export function attachmentType(file: string): string {
	const extension = file.split('.').at(-1)?.toLowerCase() ?? '';
	return ATTACHMENT_TYPES[extension as AttachmentType] ?? extension.toUpperCase();
}

/** `filePath` is the material's index.mdx relative to the project root (the build's working directory). */
export function attachmentDetails(id: string, filePath: string, attachments: MaterialData['attachments']): AttachmentDetails[] {
	const folder = dirname(resolve(process.cwd(), filePath));
	return attachments.map(({ file, title }) => {
		const source = resolve(folder, file);
		return { file, title, type: attachmentType(file), bytes: statSync(source).size, path: `${materialPath(id)}${file}`, source };
	});
}
