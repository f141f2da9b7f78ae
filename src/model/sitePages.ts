/**
 * The titles and descriptions of the site's own pages (those that are not a collection or an
 * entry), written once: the pages show them, and their social cards repeat them.
 */
import { SITE_NAME } from '../config.ts';

/** What a page is called and the sentence that introduces it. */
export interface PageText {
	/** The page's title, in the browser's tab and in link previews. */
	title: string;
	/** The page's main heading, when it says more than the title. */
	heading: string;
	/** One sentence for search engines and link previews, and the page's lead. */
	description: string;
}

export const SITE_PAGES = {
	home: {
		title: SITE_NAME,
		heading: `${SITE_NAME}: a handbook of customer obsession`,
		description:
			'A handbook of customer obsession for new colleagues: the principles of Amazon’s shareholder letters, the decisions that show them, and guided paths to read them in order.',
	},
	search: {
		title: 'Search',
		heading: 'Search',
		description: 'Search every principle, case study, essay, path, source and glossary term.',
	},
	map: {
		title: 'Map of the principles',
		heading: 'Map of the principles',
		description:
			'Each principle of the handbook, the letters that state it, and the case studies and essays that show it, on one map.',
	},
	timeline: {
		title: 'Timeline of the letters',
		heading: 'Timeline of the letters',
		description:
			'The shareholder letters year by year, each under the year it covers, with the decisions the case studies describe.',
	},
} as const satisfies Record<string, PageText>;
