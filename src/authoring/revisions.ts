/**
 * Versions across a pull request: a material that changed must have a higher version
 * and keep its earlier change-log entries; a material that moved must keep its old
 * address as an alias. The base revision is read from git.
 */
import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { parseSource } from './frontmatter.ts';
import { MATERIAL_FILE, type LoadedMaterial } from './collection.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { compareVersions } from '../lib/versions.ts';
import { SEMVER } from '../schemas/material.ts';

const git = promisify(execFile);

/** What the check needs of a material as it was in the base revision. */
export interface BaseMaterial {
	id: string;
	version: string;
	changelog: { version: string; date: string }[];
}

export interface RevisionInput {
	base: ReadonlyMap<string, BaseMaterial>;
	current: readonly LoadedMaterial[];
	/** Materials whose folder differs from the base revision. */
	changed: ReadonlySet<string>;
	/** Where materials live, relative to the root, for messages about deleted files. */
	materialsPath: string;
}

export interface RevisionResult {
	issues: ContentIssue[];
	/** Materials removed on purpose (nothing new replaces them): said, not refused. */
	withdrawn: string[];
}

export function checkRevisions({ base, current, changed, materialsPath }: RevisionInput): RevisionResult {
	const issues: ContentIssue[] = [];
	const currentIds = new Set(current.map((m) => m.id));
	const aliased = new Set(current.flatMap((m) => m.data.aliases));

	for (const material of current) {
		const predecessor = base.get(material.id) ?? material.data.aliases.map((alias) => base.get(alias)).find((m) => m !== undefined);
		if (!predecessor) continue;
		const moved = predecessor.id !== material.id;
		if (!changed.has(material.id) && !moved) continue;
		const file = material.filePath;
		if (SEMVER.test(predecessor.version) && compareVersions(material.data.version, predecessor.version) <= 0) {
			issues.push({
				file,
				line: material.lineOf(['version']),
				field: 'version',
				message: t('revisions.bump'),
				found: material.data.version,
				allowed: `> ${predecessor.version}`,
			});
		}
		for (const entry of predecessor.changelog) {
			const kept = material.data.changelog.some((now) => now.version === entry.version && now.date === entry.date);
			if (!kept) {
				issues.push({
					file,
					line: material.lineOf(['changelog']),
					field: 'changelog',
					message: t('revisions.history'),
					found: `${entry.version} (${entry.date})`,
					allowed: t('revisions.historyFix'),
				});
			}
		}
	}

	const added = current.filter((m) => !base.has(m.id) && !m.data.aliases.some((alias) => base.has(alias)));
	const removed = [...base.keys()].filter((id) => !currentIds.has(id) && !aliased.has(id));
	const withdrawn: string[] = [];
	for (const id of removed) {
		// A removal together with a new material is most likely a move: the old address must keep working.
		if (added.length > 0) {
			issues.push({
				file: `${materialsPath}/${id}/${MATERIAL_FILE}`,
				message: t('revisions.moved', { id }),
				found: added.map((m) => m.id).join(', '),
				allowed: t('revisions.movedFix', { id }),
			});
		} else {
			withdrawn.push(id);
		}
	}
	return { issues, withdrawn };
}

/** Reads the materials of a git revision, and which material folders differ from it (working tree included). */
export async function readBase(root: string, materialsDir: string, baseRef: string): Promise<{ base: Map<string, BaseMaterial>; changed: Set<string> }> {
	const path = relative(root, materialsDir).split('\\').join('/');
	const run = async (...args: string[]) => (await git('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
	const forkPoint = (await run('merge-base', 'HEAD', baseRef)).trim();

	const base = new Map<string, BaseMaterial>();
	const files = (await run('ls-tree', '-r', '--name-only', forkPoint, '--', path)).split('\n').filter((f) => f.endsWith(`/${MATERIAL_FILE}`));
	for (const file of files) {
		const id = file.slice(path.length + 1, -(MATERIAL_FILE.length + 1));
		const parsed = parseSource(await run('show', `${forkPoint}:${file}`), file);
		if ('issues' in parsed) continue;
		const { version, changelog } = parsed.data as { version?: unknown; changelog?: unknown };
		if (typeof version !== 'string' || !Array.isArray(changelog)) continue;
		base.set(id, {
			id,
			version,
			changelog: changelog.filter((e): e is { version: string; date: string } => typeof e?.version === 'string' && typeof e?.date === 'string'),
		});
	}

	const changedFiles = [
		...(await run('diff', '--name-only', forkPoint, '--', path)).split('\n'),
		...(await run('ls-files', '--others', '--exclude-standard', '--', path)).split('\n'),
	].filter(Boolean);
	const changed = new Set(
		changedFiles.map((file) =>
			file
				.slice(path.length + 1)
				.split('/')
				.slice(0, 2)
				.join('/'),
		),
	);
	return { base, changed };
}
