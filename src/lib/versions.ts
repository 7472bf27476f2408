/** Semantic versions of materials: MAJOR.MINOR.PATCH, compared numerically. */

export function parseVersion(version: string): [number, number, number] {
	const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
	if (!match) throw new Error(`Not a MAJOR.MINOR.PATCH version: "${version}"`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
	const [x, y] = [parseVersion(a), parseVersion(b)];
	for (let i = 0; i < 3; i++) {
		const difference = x[i]! - y[i]!;
		if (difference !== 0) return difference;
	}
	return 0;
}
