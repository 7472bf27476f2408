import { describe, expect, test } from 'vitest';
import { attachmentType, formatBytes } from './attachments.ts';

describe('attachments', () => {
	test('sizes in KB below a megabyte, in MB with one decimal above', () => {
		expect(formatBytes(200)).toBe('1 KB');
		expect(formatBytes(250 * 1024)).toBe('250 KB');
		expect(formatBytes(1.25 * 1024 * 1024)).toBe('1,3 MB');
	});
	test('types by extension', () => {
		expect(attachmentType('darba-lapa.pdf')).toBe('PDF');
		expect(attachmentType('dati.CSV')).toBe('CSV dati');
		expect(attachmentType('x.abc')).toBe('ABC');
	});
});
