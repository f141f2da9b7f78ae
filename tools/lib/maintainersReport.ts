/**
 * `npm run report`: what maintainers should look at, from the content alone. Five sections:
 * pages past their review date, pages with no owner, orphans (pages nothing else points to),
 * sources nobody cites and glossary terms no page uses. Pure: the entries as read from disk and
 * today's date in, the sections and their rows out; `tools/report.mjs` reads and prints.
 */
import {
	ALL_COLLECTIONS,
	isCollectionName,
	type CollectionName,
} from '../../src/model/collections.ts';
import { entryPath } from '../../src/model/urls.ts';
import { termOccurrences } from '../../src/reading/glossaryTerms.ts';
import { formatTable } from './stats.ts';

/** An entry as `readContentFiles` returns it: front matter unchecked, MDX body or empty. */
export interface ReportEntry {
	collection: string;
	id: string;
	filePath: string;
	data: unknown;
	body: string;
}

export type SectionKey = 'overdue' | 'unowned' | 'orphans' | 'uncitedSources' | 'unusedTerms';

/** One section of the report: a heading, a sentence on what it lists, and a table. */
export interface ReportSection {
	key: SectionKey;
	title: string;
	description: string;
	columns: string[];
	rows: string[][];
}

/** The kinds of page that have an owner and that readers reach by links: the reading pages. */
const READING_COLLECTIONS: readonly string[] = ['principles', 'essays', 'case-studies'];

/** Front-matter fields that name other entries, and the collection their ids belong to. */
const REFERENCE_FIELDS: Record<string, CollectionName> = {
	principles: 'principles',
	related: 'principles',
	sources: 'sources',
};

const KIND_NAMES: Record<string, string> = {
	principles: 'principle',
	essays: 'essay',
	'case-studies': 'case study',
	sources: 'source',
	paths: 'path',
	glossary: 'glossary term',
};

type Data = Record<string, unknown>;

function dataOf(entry: ReportEntry): Data {
	return entry.data && typeof entry.data === 'object' ? (entry.data as Data) : {};
}

function keyOf(collection: string, id: string): string {
	return `${collection}/${id}`;
}

function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** The entry's address on the site, as readers and authors write it. */
function addressOf(entry: ReportEntry): string {
	return isCollectionName(entry.collection)
		? entryPath(entry.collection, entry.id)
		: `/${entry.collection}/${entry.id}/`;
}

/** A calendar day as YYYY-MM-DD: a YAML date (midnight UTC) or a string that starts with one. */
function dayOf(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime()))
		return value.toISOString().slice(0, 10);
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	return undefined;
}

/** Today's calendar day where the report runs. */
function localDay(today: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

function daysBetween(earlier: string, later: string): number {
	return Math.round(
		(Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 864e5,
	);
}

/** Root-relative addresses a body links to, in Markdown links and in `href` attributes. */
function linksIn(body: string): string[] {
	const links = [...body.matchAll(/\]\((\/[^)\s]*)[^)]*\)/g)].map((match) => match[1]!);
	const hrefs = [...body.matchAll(/\bhref=\{?["'](\/[^"']*)["']/g)].map((match) => match[1]!);
	return [...links, ...hrefs];
}

/** Source ids a body cites with `<Cite source="…">` or quotes with `<Quote source="…">`. */
function citationsIn(body: string): string[] {
	return [...body.matchAll(/<(?:Cite|Quote)\b[^>]*?\bsource=\{?["']([^"']+)["']/g)].map(
		(match) => match[1]!,
	);
}

/**
 * Every entry something else points to, as `collection/id`: links in MDX bodies, path steps and
 * front-matter references. An entry pointing at itself does not count.
 */
function referencedKeys(entries: readonly ReportEntry[]): Set<string> {
	const byAddress = new Map(
		entries.map((entry) => [addressOf(entry), keyOf(entry.collection, entry.id)]),
	);
	const referenced = new Set<string>();
	for (const entry of entries) {
		const self = keyOf(entry.collection, entry.id);
		const add = (key: string | undefined) => {
			if (key && key !== self) referenced.add(key);
		};
		for (const link of linksIn(entry.body)) {
			const address = link.split('?')[0]!;
			const page = address.split('#')[0]!;
			add(byAddress.get(address) ?? byAddress.get(page.endsWith('/') ? page : `${page}/`));
		}
		const data = dataOf(entry);
		for (const [field, collection] of Object.entries(REFERENCE_FIELDS))
			for (const id of stringsIn(data[field])) add(keyOf(collection, id));
		if (Array.isArray(data.steps))
			for (const step of data.steps as unknown[]) {
				const page = (step as Data | null)?.page;
				if (typeof page === 'string') add(page.replace(/^\/|\/$/g, ''));
			}
	}
	return referenced;
}

/** Source ids something cites: any entry's `sources` and every `<Cite>` and `<Quote>`. */
function citedSources(entries: readonly ReportEntry[]): Set<string> {
	const cited = new Set<string>();
	for (const entry of entries) {
		const self = entry.collection === 'sources' ? entry.id : undefined;
		for (const id of [...stringsIn(dataOf(entry).sources), ...citationsIn(entry.body)])
			if (id !== self) cited.add(id);
	}
	return cited;
}

function titleOf(entry: ReportEntry): string {
	const data = dataOf(entry);
	const title = data.title ?? data.term;
	return typeof title === 'string' ? title : entry.id;
}

function byAddress(a: ReportEntry, b: ReportEntry): number {
	return (
		ALL_COLLECTIONS.indexOf(a.collection as CollectionName) -
			ALL_COLLECTIONS.indexOf(b.collection as CollectionName) || a.id.localeCompare(b.id, 'en')
	);
}

/** The report: its five sections, in order, each with its rows (none when all is well). */
export function maintainersReport(entries: readonly ReportEntry[], today: Date): ReportSection[] {
	const sorted = [...entries].sort(byAddress);
	const day = localDay(today);
	const reading = sorted.filter((entry) => READING_COLLECTIONS.includes(entry.collection));

	const overdue = sorted
		.map((entry) => ({ entry, reviewBy: dayOf(dataOf(entry).reviewBy) }))
		.filter((item): item is { entry: ReportEntry; reviewBy: string } =>
			Boolean(item.reviewBy && item.reviewBy < day),
		)
		.sort((a, b) => a.reviewBy.localeCompare(b.reviewBy))
		.map(({ entry, reviewBy }) => {
			const owner = dataOf(entry).owner;
			const days = daysBetween(reviewBy, day);
			return [
				addressOf(entry),
				entry.filePath,
				typeof owner === 'string' ? owner : '(none)',
				reviewBy,
				`${days} ${days === 1 ? 'day' : 'days'}`,
			];
		});

	const unowned = reading
		.filter((entry) => {
			const owner = dataOf(entry).owner;
			return typeof owner !== 'string' || owner.trim() === '';
		})
		.map((entry) => [addressOf(entry), entry.filePath, KIND_NAMES[entry.collection]!]);

	const referenced = referencedKeys(sorted);
	const orphans = reading
		.filter((entry) => !referenced.has(keyOf(entry.collection, entry.id)))
		.map((entry) => [addressOf(entry), entry.filePath, titleOf(entry)]);

	const cited = citedSources(sorted);
	const uncitedSources = sorted
		.filter((entry) => entry.collection === 'sources' && !cited.has(entry.id))
		.map((entry) => [addressOf(entry), entry.filePath, titleOf(entry)]);

	// The same matcher that links terms in the pages' text decides whether a page uses a term.
	const glossary = sorted
		.filter((entry) => entry.collection === 'glossary')
		.map((entry) => {
			const [term = '', ...aliases] = stringsIn([
				dataOf(entry).term,
				...stringsIn(dataOf(entry).aliases),
			]);
			return { entry, term: { id: entry.id, term, aliases } };
		});
	const find = termOccurrences(glossary.map(({ term }) => term));
	const used = new Set(
		sorted.flatMap((entry) => (entry.body ? find(entry.body) : [])).map((found) => found.term.id),
	);
	const unusedTerms = glossary
		.filter(({ term }) => !used.has(term.id))
		.map(({ entry, term }) => [
			titleOf(entry),
			entry.filePath,
			[term.term, ...term.aliases].join(', '),
		]);

	return [
		{
			key: 'overdue',
			title: 'Past their review date',
			description: `Pages whose \`reviewBy\` is before today (${day}): the owner checks them and sets a new date.`,
			columns: ['page', 'file', 'owner', 'review by', 'overdue'],
			rows: overdue,
		},
		{
			key: 'unowned',
			title: 'Pages with no owner',
			description: 'Principles, essays and case studies without an `owner` to keep them true.',
			columns: ['page', 'file', 'kind'],
			rows: unowned,
		},
		{
			key: 'orphans',
			title: 'Orphan pages',
			description:
				'Principles, essays and case studies no other page links to, no path includes and no front matter names: readers reach them only from lists and search.',
			columns: ['page', 'file', 'title'],
			rows: orphans,
		},
		{
			key: 'uncitedSources',
			title: 'Sources nobody cites',
			description:
				'Sources no entry lists in `sources` and no page cites with `<Cite>` or quotes with `<Quote>`.',
			columns: ['source', 'file', 'title'],
			rows: uncitedSources,
		},
		{
			key: 'unusedTerms',
			title: 'Glossary terms no page uses',
			description:
				'Terms whose words (the term or any alias, as a whole word, in any case) appear in no page.',
			columns: ['term', 'file', 'words looked for'],
			rows: unusedTerms,
		},
	];
}

/** The count a heading shows: "(none)" or the number of rows. */
function counted(section: ReportSection): string {
	return `${section.title} (${section.rows.length === 0 ? 'none' : section.rows.length})`;
}

/** The report for a terminal: each section's heading, its sentence and a padded table. */
export function reportAsText(sections: readonly ReportSection[]): string {
	return sections
		.map((section) => {
			const heading = counted(section);
			const lines = [heading, '='.repeat(heading.length), section.description.replace(/`/g, '')];
			lines.push(
				section.rows.length === 0 ? 'Nothing to do.' : formatTable(section.columns, section.rows),
			);
			return lines.join('\n');
		})
		.join('\n\n');
}

/** A table cell in Markdown: pipes escaped, code spans for paths and addresses. */
function markdownCell(cell: string, column: string): string {
	const text = cell.replace(/\|/g, '\\|');
	return ['page', 'file', 'source'].includes(column) ? `\`${text}\`` : text;
}

/** The report as Markdown for an issue: a title with the date, then each section and its table. */
export function reportAsMarkdown(sections: readonly ReportSection[], today: Date): string {
	const parts = [`## Maintainers' report, ${localDay(today)}`];
	for (const section of sections) {
		parts.push(`### ${counted(section)}`, section.description);
		if (section.rows.length === 0) {
			parts.push('Nothing to do.');
			continue;
		}
		const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
		parts.push(
			[
				row(section.columns),
				row(section.columns.map(() => '---')),
				...section.rows.map((cells) =>
					row(cells.map((cell, index) => markdownCell(cell, section.columns[index]!))),
				),
			].join('\n'),
		);
	}
	return `${parts.join('\n\n')}\n`;
}
