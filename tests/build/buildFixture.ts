/**
 * Builds the site from a fixture: the valid minimal content set with a fixture's files laid over
 * it, so each fixture holds only the one file it breaks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const WORK = join(ROOT, 'node_modules/.fixture-builds');

export interface FixtureBuild {
	/** The build's exit status: 0 for success. */
	status: number | null;
	/** Everything the build printed, with colors removed. */
	output: string;
	/** Where the built site was written. */
	outDir: string;
	/** The content folder the fixture built from, relative to the project root. */
	contentDir: string;
}

/** Builds `tests/fixtures/valid-minimal` overlaid with `tests/fixtures/<name>` (if it is not the base itself). */
export function buildFixture(name: string): FixtureBuild {
	const workDir = join(WORK, name);
	rmSync(workDir, { recursive: true, force: true });
	cpSync(join(FIXTURES, 'valid-minimal/content'), join(workDir, 'content'), { recursive: true });
	const overlay = join(FIXTURES, name, 'content');
	if (name !== 'valid-minimal' && existsSync(overlay)) cpSync(overlay, join(workDir, 'content'), { recursive: true });
	const outDir = join(workDir, 'dist');
	const contentDir = `node_modules/.fixture-builds/${name}/content`;
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir],
		{
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DAY_ONE_CONTENT: `./${contentDir}`, NO_COLOR: '1', FORCE_COLOR: '0' },
		},
	);
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output, outDir, contentDir };
}
