/**
 * Builds the site from a fixture (`tests/fixtures/layOutFixture.ts`), or serves it with `astro dev`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { layOutFixture } from '../fixtures/layOutFixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'node_modules/.fixture-builds');

/**
 * This process's environment without what Vitest adds to it. Vitest copies import.meta.env into
 * process.env (BASE_URL=/, DEV=1, MODE=test, NODE_ENV=test), and Astro reads process.env into
 * import.meta.env: a fixture would build with drafts shown and the base path ignored.
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'DEV', 'PROD', 'SSR', 'MODE', 'NODE_ENV', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}

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

/**
 * Builds `tests/fixtures/valid-minimal` overlaid with `tests/fixtures/<name>` (if it is not the
 * base itself) and with `files` (paths relative to the content folder), in the environment `env`.
 * A fixture build draws no social cards unless `env` sets `SKIP_SOCIAL_CARDS: ''`: only the tests
 * about cards need them, and drawing is most of a small build's time.
 */
export function buildFixture(
	name: string,
	env: Record<string, string> = {},
	files: Record<string, string> = {},
): FixtureBuild {
	const workDir = join(WORK, name);
	layOutFixture(name, workDir, files);
	const outDir = join(workDir, 'dist');
	const contentDir = `node_modules/.fixture-builds/${name}/content`;
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir],
		{
			cwd: ROOT,
			encoding: 'utf8',
			env: {
				...cleanEnv(),
				ASTRO_TELEMETRY_DISABLED: '1',
				DAY_ONE_CONTENT: `./${contentDir}`,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				SKIP_SOCIAL_CARDS: '1',
				...env,
			},
		},
	);
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, output, outDir, contentDir };
}

/**
 * Starts `astro dev` on a fixture's content (as last laid out by `buildFixture`), reading a build's
 * search index from `outDir`; stop it when done.
 */
export async function startDevServer(
	outDir: string,
	port: number,
	fixture = 'valid-minimal',
	contentDir = `./node_modules/.fixture-builds/${fixture}/content`,
): Promise<{ url: string; stop: () => void; output: () => string }> {
	let output = '';
	const server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--port',
			String(port),
			'--host',
			'127.0.0.1',
			'--outDir',
			outDir,
		],
		{
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...cleanEnv(),
				ASTRO_TELEMETRY_DISABLED: '1',
				DAY_ONE_CONTENT: contentDir,
			},
		},
	);
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 150; attempt++) {
		try {
			await fetch(`${url}/`);
			return { url, stop: () => server.kill(), output: () => output };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	server.kill();
	throw new Error('astro dev did not start');
}
