/**
 * `npm run dev` checks the content again on every save: a problem shows in the terminal (and the
 * browser's error overlay) as soon as the file is saved, and clears once it is fixed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { startDevServer } from './buildFixture.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Waits until `condition` holds, checking every 200 ms for up to 30 s. */
async function eventually(condition: () => boolean) {
	for (let attempt = 0; attempt < 150 && !condition(); attempt++)
		await new Promise((resolve) => setTimeout(resolve, 200));
	return condition();
}

test(
	'a save that breaks a page is reported at once, and its fix clears it',
	{ timeout: 120_000 },
	async () => {
		const folder = mkdtempSync(join(tmpdir(), 'day-one-dev-'));
		cpSync(join(FIXTURES, 'valid-minimal/content'), join(folder, 'content'), { recursive: true });
		const essay = join(folder, 'content/essays/fixture-essay.mdx');
		const valid = readFileSync(essay, 'utf8');
		const dev = await startDevServer(
			join(folder, 'dist'),
			4394,
			'valid-minimal',
			join(folder, 'content'),
		);
		try {
			writeFileSync(
				essay,
				valid.replace('principles: [customer-obsession]', 'principles: [day-two]'),
			);
			expect(
				await eventually(() =>
					dev.output().includes('principles[0]: "day-two" is not a known entry of principles.'),
				),
				dev.output(),
			).toBe(true);
			expect(dev.output()).toMatch(/Content error in .*fixture-essay\.mdx/);
			writeFileSync(essay, valid);
			expect(
				await eventually(() => dev.output().includes('Every content problem is fixed.')),
				dev.output(),
			).toBe(true);
		} finally {
			dev.stop();
			rmSync(folder, { recursive: true, force: true });
		}
	},
);
