/**
 * `npm run report` over the real content: the script runs, prints its five sections (in the
 * terminal and as Markdown) and exits 0 whatever it finds.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const HEADINGS = [
	'Past their review date',
	'Pages with no owner',
	'Orphan pages',
	'Sources nobody cites',
	'Glossary terms no page uses',
];

function report(...args: string[]) {
	return spawnSync(process.execPath, [join(ROOT, 'tools/report.mjs'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
	});
}

test('npm run report prints its five sections over the real content and exits 0', () => {
	const run = report();
	expect(run.status, run.stderr).toBe(0);
	const headings = run.stdout.split('\n').filter((line) => / \((none|\d+)\)$/.test(line));
	expect(headings.map((line) => line.replace(/ \((none|\d+)\)$/, ''))).toEqual(HEADINGS);
});

test('npm run report -- --markdown prints the same sections as Markdown headings', () => {
	const run = report('--markdown');
	expect(run.status, run.stderr).toBe(0);
	expect(run.stdout).toMatch(/^## Maintainers' report, \d{4}-\d{2}-\d{2}\n/);
	const headings = run.stdout.split('\n').filter((line) => line.startsWith('### '));
	expect(headings.map((line) => line.replace(/^### | \((none|\d+)\)$/g, ''))).toEqual(HEADINGS);
});
