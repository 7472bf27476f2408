/**
 * Writes .github/CODEOWNERS: each subject's materials are reviewed by the coordinators
 * of its learning area, the code by the maintainers. Generated from the vocabulary, so
 * a new subject can never be left without reviewers.
 *
 *   npm run codeowners
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { codeowners } from '../src/lib/codeowners.ts';

writeFileSync(resolve(import.meta.dirname, '../.github/CODEOWNERS'), codeowners());
