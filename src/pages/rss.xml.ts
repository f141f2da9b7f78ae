/** The RSS feed of essays and case studies, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_NAME } from '../config.ts';
import { loadSite } from '../model/build/loadSite.ts';
import { lastUpdated } from '../reading/build/lastUpdated.ts';
import { entryPath } from '../model/collections.ts';

export async function GET(context: APIContext) {
	const site = await loadSite();
	const base = import.meta.env.BASE_URL;
	const essays = site.essays.map((essay) => ({
		title: essay.data.title,
		description: essay.data.description,
		link: entryPath('essays', essay.id, base),
		pubDate: essay.data.published,
		categories: ['Essay', ...essay.data.tags],
	}));
	const caseStudies = site.caseStudies.map((study) => ({
		title: study.data.title,
		description: study.data.summary,
		link: entryPath('case-studies', study.id, base),
		// A case study has no publication date of its own; the feed uses its last change.
		pubDate: lastUpdated(study),
		categories: ['Case study'],
	}));
	return rss({
		title: `${SITE_NAME}: essays and case studies`,
		description: 'New essays and case studies from the Day One handbook of customer obsession.',
		site: context.site!,
		items: [...essays, ...caseStudies].sort(
			(a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0),
		),
	});
}
