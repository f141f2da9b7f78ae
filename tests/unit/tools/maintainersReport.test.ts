import { expect, test } from 'vitest';
import {
	maintainersReport,
	reportAsMarkdown,
	reportAsText,
	type ReportEntry,
	type SectionKey,
} from '../../../tools/lib/maintainersReport.ts';

/** An entry of `collection/id` with its front matter and body. */
function entry(key: string, data: Record<string, unknown> = {}, body = ''): ReportEntry {
	const [collection, id] = key.split('/') as [string, string];
	const extension = ['glossary', 'paths'].includes(collection) ? 'yaml' : 'mdx';
	return { collection, id, filePath: `content/${key}.${extension}`, data, body };
}

const TODAY = new Date(2027, 5, 1); // 1 June 2027, where the report runs

/** The first cell (page, source or term) of each row of one section. */
function firstCells(entries: ReportEntry[], key: SectionKey, today = TODAY): string[] {
	const section = maintainersReport(entries, today).find((s) => s.key === key)!;
	return section.rows.map((row) => row[0]!);
}

test('the report has its five sections, in order', () => {
	expect(maintainersReport([], TODAY).map((section) => section.title)).toEqual([
		'Past their review date',
		'Pages with no owner',
		'Orphan pages',
		'Sources nobody cites',
		'Glossary terms no page uses',
	]);
});

test.each([
	{ reviewBy: '2027-05-31', overdue: ['/essays/a/'] },
	{ reviewBy: new Date('2027-05-23T00:00:00Z'), overdue: ['/essays/a/'] },
	{ reviewBy: '2027-06-01', overdue: [] },
	{ reviewBy: '2027-12-01', overdue: [] },
	{ reviewBy: undefined, overdue: [] },
])('a page to review by $reviewBy is overdue on 2027-06-01: $overdue', ({ reviewBy, overdue }) => {
	expect(firstCells([entry('essays/a', { reviewBy })], 'overdue')).toEqual(overdue);
});

test('overdue pages come oldest first, with their owner and how late they are', () => {
	const section = maintainersReport(
		[
			entry('essays/late', { owner: 'Editors', reviewBy: '2027-05-31' }),
			entry('essays/later', { reviewBy: '2027-01-01' }),
		],
		TODAY,
	)[0]!;
	expect(section.rows).toEqual([
		['/essays/later/', 'content/essays/later.mdx', '(none)', '2027-01-01', '151 days'],
		['/essays/late/', 'content/essays/late.mdx', 'Editors', '2027-05-31', '1 day'],
	]);
});

test('reading pages without an owner are listed; sources, paths and terms need none', () => {
	const entries = [
		entry('principles/p'),
		entry('essays/owned', { owner: 'Day One editors' }),
		entry('essays/blank', { owner: ' ' }),
		entry('case-studies/c'),
		entry('sources/s'),
		entry('paths/first-week'),
		entry('glossary/day-1'),
	];
	expect(firstCells(entries, 'unowned')).toEqual([
		'/principles/p/',
		'/case-studies/c/',
		'/essays/blank/',
	]);
});

test.each([
	{ how: 'a Markdown link', other: entry('essays/b', {}, 'See [it](/essays/a/).') },
	{ how: 'a link to a section', other: entry('essays/b', {}, 'See [it](/essays/a/#why).') },
	{ how: 'an href', other: entry('essays/b', {}, '<a href="/essays/a/">it</a>') },
	{ how: 'a path step', other: entry('paths/p', { steps: [{ page: 'essays/a', minutes: 5 }] }) },
])('a page that $how reaches is no orphan', ({ other }) => {
	// Paths are not reading pages: nothing need link to them.
	const orphans = other.collection === 'essays' ? ['/essays/b/'] : [];
	expect(firstCells([entry('essays/a'), other], 'orphans')).toEqual(orphans);
});

test.each(['principles', 'related'])('a principle named in `%s` is no orphan', (field) => {
	const entries = [entry('principles/p'), entry('principles/q', { [field]: ['p'] })];
	expect(firstCells(entries, 'orphans')).toEqual(['/principles/q/']);
});

test('a page that links only to itself, or that only lists reach, is an orphan', () => {
	const entries = [
		entry('essays/a', {}, 'Back to [the top](/essays/a/#top).'),
		entry('case-studies/c', {}, 'A link to [nowhere](/essays/gone/).'),
	];
	expect(firstCells(entries, 'orphans')).toEqual(['/case-studies/c/', '/essays/a/']);
});

test('a source counts as cited by front matter, <Cite> or <Quote>, but not by itself', () => {
	const entries = [
		entry('sources/listed'),
		entry('sources/cited'),
		entry('sources/quoted'),
		entry('sources/self', { sources: ['self'] }, '<Quote source="self">words</Quote>'),
		entry('sources/linked'),
		entry('essays/e', { sources: ['listed'] }, 'A fact. <Cite source="cited" />'),
		entry('glossary/t', { sources: [] }),
		entry(
			'principles/p',
			{},
			"<Quote source='quoted' inline>few words</Quote> [see](/sources/linked/)",
		),
	];
	expect(firstCells(entries, 'uncitedSources')).toEqual(['/sources/linked/', '/sources/self/']);
});

test.each([
	{ body: 'We work Backwards from the press release.', used: true },
	{ body: 'Start with the\npress release.', used: true },
	{ body: 'Nothing works backwardsly here.', used: false },
	{ body: 'The PR/FAQ comes first.', used: true },
	{ body: 'The FAQs come first.', used: false },
])('"Working backwards" (alias "PR/FAQ") is used by "$body": $used', ({ body, used }) => {
	const entries = [
		entry('glossary/working-backwards', {
			term: 'Working backwards',
			aliases: ['work backwards', 'press release', 'PR/FAQ'],
		}),
		entry('essays/e', {}, body),
	];
	expect(firstCells(entries, 'unusedTerms')).toEqual(used ? [] : ['Working backwards']);
});

test('a term matches with either apostrophe, and YAML alone does not use a term', () => {
	const term = entry('glossary/earth', { term: "Earth's most customer-centric company" });
	expect(
		firstCells(
			[term, entry('essays/e', {}, 'Earth’s most customer-centric company')],
			'unusedTerms',
		),
	).toEqual([]);
	expect(
		firstCells(
			[term, entry('sources/s', { notes: "Earth's most customer-centric company" })],
			'unusedTerms',
		),
	).toEqual(["Earth's most customer-centric company"]);
});

test('the terminal report shows each heading with its count and a padded table', () => {
	const text = reportAsText(maintainersReport([entry('essays/a', { owner: 'Editors' })], TODAY));
	expect(text).toContain('Past their review date (none)\n=============================\n');
	expect(text).toContain('Orphan pages (1)');
	expect(text).toContain('page        file                  title\n----------  ---');
	expect(text).toContain('Nothing to do.');
	expect(text).not.toContain('`');
});

test('the Markdown report is dated, with a table per section and pipes escaped', () => {
	const markdown = reportAsMarkdown(
		maintainersReport([entry('essays/a', { owner: 'Editors', title: 'This | that' })], TODAY),
		TODAY,
	);
	expect(
		markdown.startsWith(
			"## Maintainers' report, 2027-06-01\n\n### Past their review date (none)\n",
		),
	).toBe(true);
	expect(markdown).toContain(
		'| page | file | title |\n| --- | --- | --- |\n| `/essays/a/` | `content/essays/a.mdx` | This \\| that |',
	);
	expect(markdown.endsWith('\n')).toBe(true);
});
