/**
 * Every entry page's text as Markdown at `<page>.md` (README, "The handbook as text"): its title,
 * lead and address, its body with citations written out, and what the page shows besides.
 */
import { COLLECTIONS, describeEntry, type CollectionName } from '../../model/collections.ts';
import {
	entryPageRoutes,
	loadSite,
	lookUp,
	type AnyEntry,
	type CaseStudy,
	type ReadingPath,
	type Site,
} from '../../model/build/loadSite.ts';
import { entryPath, markdownPath } from '../../model/urls.ts';
import { checksMarkdown } from '../../reading/knowledgeChecks.ts';
import { mdxToMarkdown, pageMarkdown, type MarkdownPage } from '../../reading/pageMarkdown.ts';

export async function getStaticPaths() {
	return entryPageRoutes(await loadSite());
}

const base = import.meta.env.BASE_URL;

/** What a page shows besides its body: a case study's outcome, a path's steps and their checks. */
function sectionsOf(entry: AnyEntry, site: Site): MarkdownPage['sections'] {
	if (entry.collection === 'case-studies')
		return [{ heading: 'Outcome', text: (entry as CaseStudy).data.outcome }];
	if (entry.collection !== 'paths') return [];
	const lines = (entry as ReadingPath).data.steps.map((step, i) => {
		const ref = { collection: step.page.collection as CollectionName, id: step.page.id };
		const page = lookUp(site, ref) as AnyEntry;
		const { title } = describeEntry(page.collection, page as never);
		const href = markdownPath(page.collection, page.id, base);
		const line = `${i + 1}. [${title}](${href}), ${step.minutes} min. ${step.prompt}`;
		return step.checks.length > 0 ? `${line}\n${checksMarkdown(step.checks)}` : line;
	});
	return [{ heading: 'Steps', text: lines.join('\n') }];
}

export function GET({ props }: { props: { entry: AnyEntry; site: Site } }) {
	const { entry, site } = props;
	const { title, lead } = describeEntry(entry.collection, entry as never);
	const cite = (id: string) => ({
		short: lookUp(site, { collection: 'sources', id }).data.short,
		href: entryPath('sources', id, base),
	});
	const markdown = pageMarkdown({
		title,
		lead,
		kind: COLLECTIONS[entry.collection].label.one,
		url: entryPath(entry.collection, entry.id, base),
		body: mdxToMarkdown(entry.body ?? '', cite),
		sections: sectionsOf(entry, site),
	});
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
