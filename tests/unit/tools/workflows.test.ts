// The GitHub workflows cannot run here; what they promise authors is read from their YAML.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Step {
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
}
interface Job {
	steps: Step[];
	needs?: string | string[];
	strategy?: { matrix?: { shard?: number[] } };
}

function jobs(workflow: string): Record<string, Job> {
	const yaml = parse(readFileSync(resolve(ROOT, '.github/workflows', workflow), 'utf8'));
	return yaml.jobs;
}

const ci = jobs('ci.yml');
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

test("CI's first job is the content verdict, waiting on no other job", () => {
	const [first] = Object.values(ci);
	expect(runs(first!)).toContain('npm run test:content');
	expect(first!.needs).toBeUndefined();
});

test('CI runs every part of npm test somewhere', () => {
	const all = Object.values(ci).map(runs).join('\n');
	for (const part of [
		'prettier --check',
		'npm run check',
		'npm run test:unit',
		'npm run test:build',
		'npm run build',
		'npm run test:site',
		'playwright test',
	])
		expect(all).toContain(part);
});

test('the browser tests are split across a matrix of parallel shards that covers every shard', () => {
	const sharded = Object.values(ci).find((job) => /playwright test --shard/.test(runs(job)))!;
	const shards = sharded.strategy!.matrix!.shard!;
	expect(shards.length).toBeGreaterThan(1);
	expect(runs(sharded)).toContain(`--shard=\${{ matrix.shard }}/${shards.length}`);
	expect(shards).toEqual(shards.map((_, index) => index + 1));
});

test.each(['ci.yml', 'deploy.yml'])(
	'%s keeps the social-card folder between runs before it builds',
	(workflow) => {
		for (const job of Object.values(jobs(workflow))) {
			const build = job.steps.findIndex((step) =>
				/npm run (build|test:content)/.test(step.run ?? ''),
			);
			if (build < 0) continue;
			const cache = job.steps.findIndex(
				(step) =>
					step.uses?.startsWith('actions/cache@') && step.with?.path === '.cache/social-cards',
			);
			expect(cache).toBeGreaterThanOrEqual(0);
			expect(cache).toBeLessThan(build);
		}
	},
);
