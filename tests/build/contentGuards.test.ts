/**
 * Each fixture breaks one thing an author might get wrong; the build must fail and say which
 * file, which field and what was expected. The valid fixture proves the same pipeline succeeds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './buildFixture.ts';

const BUILD_TIMEOUT = 120_000;

describe('content guards', () => {
	test(
		'the valid minimal content builds, with a search index',
		() => {
			const build = buildFixture('valid-minimal');
			expect(build.status, build.output).toBe(0);
			expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
			expect(build.output).toMatch(/Indexed \d+ pages for search/);
		},
		BUILD_TIMEOUT,
	);

	test(
		'an unknown principle fails the build and names the file, the field and the known ids',
		() => {
			const build = buildFixture('unknown-principle');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(`Content error in ${build.contentDir}/essays/fixture-essay.mdx`);
			expect(build.output).toContain('principles[1]: "day-two" is not a known entry of principles.');
			expect(build.output).toContain('Expected one of: customer-obsession.');
			expect(build.output).not.toMatch(/Stack trace|\s+at .+\(.+:\d+:\d+\)/);
		},
		BUILD_TIMEOUT,
	);

	test(
		'a path step that names no page fails the build with the step it is in',
		() => {
			const build = buildFixture('unknown-path-step');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain(`Content error in ${build.contentDir}/paths/fixture-path.yaml`);
			expect(build.output).toContain('steps[1].page: "amazon-primo" is not a known entry of case-studies.');
		},
		BUILD_TIMEOUT,
	);

	test(
		'a missing title fails the build and names the file and the field',
		() => {
			const build = buildFixture('missing-title');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain('case-studies → amazon-prime');
			expect(build.output).toMatch(/title\W+Required/);
		},
		BUILD_TIMEOUT,
	);

	test(
		'an unknown source kind fails the build and lists the kinds allowed',
		() => {
			const build = buildFixture('unknown-source-kind');
			expect(build.status).not.toBe(0);
			expect(build.output).toContain('sources → letter-2016');
			expect(build.output).toContain('kind: Invalid option: expected one of "shareholder-letter"|"leadership-principle"|"video"|"article"');
		},
		BUILD_TIMEOUT,
	);
});
