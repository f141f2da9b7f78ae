/**
 * What authors get from `npm run new` and from drafts: each scaffolded kind of page builds as it
 * is, and a draft never reaches the published site or its search index.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { scaffold, SCAFFOLD_KINDS, templateName } from '../../tools/lib/scaffold.ts';

/** The template `npm run new` reads for `kind`. */
const template = (kind: string) =>
	readFileSync(new URL(`../../tools/templates/${templateName(kind)}`, import.meta.url), 'utf8');
import { buildFixture, startDevServer } from './buildFixture.ts';

const BUILD_TIMEOUT = 120_000;
const ROOT = resolve(import.meta.dirname, '../..');

test(
	'a page of every kind made by npm run new builds as it is',
	() => {
		const context = {
			today: '2026-11-23',
			ids: {
				principles: ['customer-obsession'],
				essays: ['fixture-essay'],
				'case-studies': ['amazon-prime'],
				sources: ['letter-2016'],
				glossary: ['day-1'],
				paths: ['fixture-path'],
			},
			lastPrincipleOrder: 1,
		};
		const files: Record<string, string> = {};
		for (const kind of Object.keys(SCAFFOLD_KINDS)) {
			const result = scaffold(kind, `Scaffolded ${kind}`, context, template(kind));
			if (!result.ok) throw new Error(result.message);
			files[result.path.replace(/^content\//, '')] = result.content;
		}
		// A new essay starts as a draft; publish a copy too, so the essay template is rendered as well.
		files['essays/scaffolded-essay-published.mdx'] = files['essays/scaffolded-essay.mdx']!.replace(
			'draft: true',
			'draft: false',
		).replace('title: "Scaffolded essay"', 'title: "Scaffolded essay, published"');
		const build = buildFixture('valid-minimal', {}, files);
		expect(build.status, build.output).toBe(0);
		expect(existsSync(join(build.outDir, 'case-studies/scaffolded-case-study/index.html'))).toBe(
			true,
		);
		expect(existsSync(join(build.outDir, 'principles/scaffolded-principle/index.html'))).toBe(true);
		expect(existsSync(join(build.outDir, 'paths/scaffolded-path/index.html'))).toBe(true);
		expect(readFileSync(join(build.outDir, 'glossary/index.html'), 'utf8')).toContain(
			'id="scaffolded-glossary"',
		);
		// A new essay starts as a draft: it builds, but stays out of the published site until published.
		expect(existsSync(join(build.outDir, 'essays/scaffolded-essay/index.html'))).toBe(false);
		expect(
			readFileSync(join(build.outDir, 'essays/scaffolded-essay-published/index.html'), 'utf8'),
		).toContain('Scaffolded essay, published');
	},
	BUILD_TIMEOUT,
);

test(
	'a draft never reaches the published site, its feed or its search index',
	() => {
		const build = buildFixture('draft-essay');
		expect(build.status, build.output).toBe(0);
		const files = readdirSync(build.outDir, { recursive: true, withFileTypes: true }).filter(
			(entry) => entry.isFile(),
		);
		const mentions = files.filter((entry) => {
			const file = join(entry.parentPath, entry.name);
			return (
				/\.(html|xml|json|js)$/.test(entry.name) &&
				readFileSync(file, 'utf8').toLowerCase().includes('quokkaberr')
			);
		});
		expect(mentions.map((entry) => entry.name)).toEqual([]);
		expect(existsSync(join(build.outDir, 'essays/unfinished-thoughts/index.html'))).toBe(false);
	},
	BUILD_TIMEOUT,
);

test('npm run new writes the page, then refuses the same id and an unknown kind', () => {
	const work = join(ROOT, 'node_modules/.fixture-builds/scaffold-script');
	rmSync(work, { recursive: true, force: true });
	cpSync(join(ROOT, 'tests/fixtures/valid-minimal/content'), join(work, 'content'), {
		recursive: true,
	});
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [join(ROOT, 'tools/new.mjs'), ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, DAY_ONE_CONTENT: join(work, 'content') },
		});
	const created = run('case-study', 'Free returns');
	expect(created.status, created.stderr).toBe(0);
	expect(created.stdout).toContain('case-studies/free-returns.mdx');
	expect(readFileSync(join(work, 'content/case-studies/free-returns.mdx'), 'utf8')).toContain(
		'title: "Free returns"',
	);
	const again = run('case-study', 'Free returns');
	expect(again.status).toBe(1);
	expect(again.stderr).toContain('already exists: the id "free-returns" is taken');
	const unknown = run('blog', 'Anything');
	expect(unknown.status).toBe(1);
	expect(unknown.stderr).toContain(
		`"blog" is not a kind of page. Use one of: ${Object.keys(SCAFFOLD_KINDS).join(', ')}.`,
	);
});

test(
	'a draft does show in npm run dev, so its author can preview it',
	async () => {
		const build = buildFixture('draft-essay');
		expect(build.status, build.output).toBe(0);
		const dev = await startDevServer(build.outDir, 4393, 'draft-essay');
		try {
			const response = await fetch(`${dev.url}/essays/unfinished-thoughts/`);
			expect(response.status).toBe(200);
			expect(await response.text()).toContain('Unfinished thoughts on quokkaberries');
		} finally {
			dev.stop();
		}
	},
	BUILD_TIMEOUT,
);
