/**
 * Every check of authored content that can run before the build: front matter against the
 * schemas, references between entries, citations and quotations, duplicate titles, images
 * without alt text, and internal links and anchors. Pure: the integration reads the files.
 */
import GithubSlugger from 'github-slugger';
import type { z } from 'astro/zod';
import { bodyCitationProblems } from './bodyCitations.ts';
import { PAGE_COLLECTIONS } from '../model/collections.ts';
import { entryPath, withBase } from '../model/urls.ts';
import { brokenReferenceProblem, type ContentProblem } from './contentErrors.ts';
import { findBrokenReferences, type BrokenReference } from './contentReferences.ts';

/** A content file as read from disk, before any checking. */
export interface RawEntry {
	collection: string;
	id: string;
	/** Repository-relative path, such as `content/essays/x.mdx`. */
	filePath: string;
	/** The parsed front matter (or the whole YAML file); undefined when it could not be parsed. */
	data: unknown;
	/** The MDX body, empty for YAML entries. */
	body: string;
	/** Why the YAML could not be parsed, when it could not. */
	parseError?: string;
}

/** Routes that exist besides entry pages. */
const STATIC_ROUTES = ['/', '/search/', '/glossary/', '/rss.xml', '/sitemap-index.xml'];

/** Anchors an entry page has besides its headings: every page's, and a principle hub's own. */
const PAGE_ANCHORS = ['main', 'sources-heading', 'terms-heading'];
const PRINCIPLE_ANCHORS = [...PAGE_ANCHORS, 'illustrated-by', 'discussed-in'];

function issueLine(issue: z.core.$ZodIssue): string {
	const field = issue.path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
		)
		.join('');
	if (issue.code === 'unrecognized_keys')
		return `${issue.keys.join(', ')}: not a field of this kind of page. Remove it, or check its spelling.`;
	return `${field || '(front matter)'}: ${issue.message}`;
}

/** The title of a page, for the duplicate check. Glossary terms are left out: a term may share its
 * name with the page that explains it at length. */
function titleOf(entry: RawEntry & { data: Record<string, unknown> }): string | undefined {
	if (entry.collection === 'glossary') return undefined;
	return typeof entry.data.title === 'string' ? entry.data.title : undefined;
}

/** Heading anchors of an MDX body, as Astro makes them. */
function headingSlugs(body: string): string[] {
	const slugger = new GithubSlugger();
	return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map(([, text]) =>
		slugger.slug(text!.replace(/[*_`]/g, '')),
	);
}

/** Root-relative links in an MDX body: markdown links and href attributes. */
function linksIn(body: string): string[] {
	const markdown = [...body.matchAll(/\]\((\/[^)\s]*)/g)].map((match) => match[1]!);
	const html = [...body.matchAll(/href=["'](\/[^"']*)["']/g)].map((match) => match[1]!);
	return [...markdown, ...html];
}

function imageProblems(body: string): string[] {
	const lines: string[] = [];
	for (const [image, src] of body.matchAll(/!\[\s*\]\(([^)\s]+)[^)]*\)/g)) {
		lines.push(
			`The image ${src} has no alt text: ${image}`,
			'Fix: describe the image between the brackets, as in ![A chart of Prime items by year](…).',
		);
	}
	for (const [tag] of body.matchAll(/<img\b[^>]*>/g)) {
		if (!/\balt\s*=\s*["'][^"']+["']/.test(tag)) {
			lines.push(
				`An <img> has no alt text: ${tag}`,
				'Fix: add alt="…" describing the image (alt="" only for pure decoration).',
			);
		}
	}
	return lines;
}

/**
 * Every problem in `entries`, grouped per file. `schemas` are the collections' schemas built
 * with a plain `reference()`, so references come out as `{ collection, id }`.
 */
export function checkContent(
	entries: RawEntry[],
	schemas: Record<string, z.ZodType>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const parsed: Array<RawEntry & { data: Record<string, unknown> }> = [];
	// Entries whose own front matter failed still exist: pages that reference them are not wrong.
	const unparsed: RawEntry[] = [];
	for (const entry of entries) {
		if (!/^[a-z][a-z0-9-]*$/.test(entry.id)) {
			const suggestion =
				entry.id
					.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^[^a-z]+/, '')
					.replace(/-+$/, '') || 'page-name';
			problems.push({
				filePath: entry.filePath,
				lines: [
					`The file name "${entry.id}" cannot be a page id: ids are lower-case letters, digits and hyphens, starting with a letter.`,
					`Fix: rename the file, for example to ${suggestion}${entry.filePath.slice(entry.filePath.lastIndexOf('.'))}.`,
				],
			});
			continue;
		}
		if (entry.parseError) {
			problems.push({
				filePath: entry.filePath,
				lines: [`The front matter is not valid YAML: ${entry.parseError}`],
			});
			unparsed.push({ ...entry, data: undefined });
			continue;
		}
		const schema = schemas[entry.collection];
		if (!schema) continue;
		const result = schema.safeParse(entry.data ?? {});
		if (!result.success) {
			problems.push({ filePath: entry.filePath, lines: result.error.issues.map(issueLine) });
			unparsed.push({ ...entry, data: undefined });
			continue;
		}
		parsed.push({ ...entry, data: result.data as Record<string, unknown> });
	}

	const broken = findBrokenReferences([...parsed, ...unparsed]);
	problems.push(...broken.map(brokenReferenceProblem));
	problems.push(...draftReferenceProblems(parsed, unparsed, broken));

	const sourceIds = parsed
		.filter((entry) => entry.collection === 'sources')
		.map((entry) => entry.id);
	for (const entry of parsed) {
		if (!entry.body) continue;
		const listed = ((entry.data.sources as Array<{ id: string }> | undefined) ?? []).map(
			(ref) => ref.id,
		);
		problems.push(
			...bodyCitationProblems(
				{ filePath: entry.filePath, body: entry.body, listedSources: listed },
				sourceIds,
			),
		);
		const images = imageProblems(entry.body);
		if (images.length) problems.push({ filePath: entry.filePath, lines: images });
	}

	const firstWithTitle = new Map<string, string>();
	for (const entry of parsed) {
		const title = titleOf(entry);
		if (!title) continue;
		const key = title.trim().toLowerCase();
		const first = firstWithTitle.get(key);
		if (first) {
			problems.push({
				filePath: entry.filePath,
				lines: [
					`title: "${title}" is already the title of ${first}.`,
					'Fix: give this page a title of its own, so readers and search can tell the two apart.',
				],
			});
		} else firstWithTitle.set(key, entry.filePath);
	}

	problems.push(...linkProblems(parsed));
	return problems;
}

/**
 * References from published pages to drafts. A draft is left out of the published site, so such a
 * link would break there; the check says so now instead of at render.
 */
function draftReferenceProblems(
	parsed: Array<RawEntry & { data: Record<string, unknown> }>,
	unparsed: RawEntry[],
	alreadyBroken: BrokenReference[],
): ContentProblem[] {
	const isDraft = (entry: RawEntry & { data: Record<string, unknown> }) =>
		entry.data.draft === true;
	const published = parsed.filter((entry) => !isDraft(entry));
	const drafts = parsed.filter(isDraft).map((entry) => ({ ...entry, data: undefined }));
	const reported = new Set(alreadyBroken.map((ref) => `${ref.filePath} ${ref.field}`));
	const collections = new Set(parsed.map((entry) => entry.collection));
	const withoutDrafts = findBrokenReferences([...published, ...unparsed], collections).filter(
		(ref) => !reported.has(`${ref.filePath} ${ref.field}`),
	);
	return withoutDrafts.map((ref) => {
		const draft = drafts.find(
			(entry) => entry.collection === ref.collection && entry.id === ref.received,
		);
		return {
			filePath: ref.filePath,
			lines: [
				`${ref.field}: "${ref.received}" is a draft (draft: true in ${draft?.filePath ?? `content/${ref.collection}/`}), so it is not published and this link would break.`,
				'Fix: publish that page (remove draft: true), or point to a published page.',
			],
		};
	});
}

/** Internal links in page bodies that lead nowhere, or to an anchor the target page lacks. */
function linkProblems(
	entries: Array<RawEntry & { data: Record<string, unknown> }>,
): ContentProblem[] {
	const anchors = new Map<string, Set<string> | null>();
	for (const route of STATIC_ROUTES) anchors.set(route, null);
	for (const collection of PAGE_COLLECTIONS) anchors.set(withBase('/', `${collection}/`), null);
	anchors.set(
		'/glossary/',
		new Set(entries.filter((entry) => entry.collection === 'glossary').map((entry) => entry.id)),
	);
	for (const entry of entries) {
		if (entry.collection === 'glossary') continue;
		const own = entry.collection === 'principles' ? PRINCIPLE_ANCHORS : PAGE_ANCHORS;
		anchors.set(
			entryPath(entry.collection as (typeof PAGE_COLLECTIONS)[number], entry.id),
			new Set([...own, ...headingSlugs(entry.body)]),
		);
	}
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const lines: string[] = [];
		for (const link of linksIn(entry.body)) {
			const [pathPart, fragment] = link.replace(/\?[^#]*/, '').split('#') as [
				string,
				string | undefined,
			];
			const path = pathPart.endsWith('/') || /\.[a-z]+$/.test(pathPart) ? pathPart : `${pathPart}/`;
			if (!anchors.has(path)) {
				lines.push(
					`The link ${link} leads to no page.`,
					`Fix: link to an existing page, such as ${entryPath('principles', 'customer-obsession')}; page addresses end with a slash.`,
				);
				continue;
			}
			const known = anchors.get(path);
			if (fragment && known && !known.has(fragment)) {
				const listed = [...known].filter((anchor) => !PRINCIPLE_ANCHORS.includes(anchor));
				lines.push(
					`The link ${link} names the anchor #${fragment}, which ${path} does not have.`,
					`Expected one of: ${listed.join(', ') || '(no sections)'}.`,
				);
			}
		}
		if (lines.length) problems.push({ filePath: entry.filePath, lines });
	}
	return problems;
}
