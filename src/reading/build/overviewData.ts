/**
 * What the map of the principles and the timeline of the letters are drawn from, read off the
 * loaded site: titles through each collection's record, addresses through `urls.ts`. The layout and
 * the timeline themselves are pure (`principleGraph.ts`, `mapLayout.ts`, `letterTimeline.ts`).
 */
import { describeEntry } from '../../model/collections.ts';
import { entryPath } from '../../model/urls.ts';
import {
	shareholderLetters,
	type AnyEntry,
	type Site,
	type Source,
} from '../../model/build/loadSite.ts';
import { shortLabel, type GraphInput } from '../principleGraph.ts';
import type { TimelineEvent, TimelineLetter } from '../letterTimeline.ts';

/** The letters that have a page, in the order they were published. */
function letters(site: Site): Array<Source & { data: { covers: number } }> {
	return shareholderLetters(site).filter(
		(source): source is Source & { data: { covers: number } } => source.data.covers !== undefined,
	);
}

function page(entry: AnyEntry, base: string) {
	const { title } = describeEntry(entry.collection, entry as never);
	return { title, label: shortLabel(title), href: entryPath(entry.collection, entry.id, base) };
}

const principleIds = (entry: { data: { principles: Array<{ id: string }> } }) =>
	entry.data.principles.map((ref) => ref.id);

/** The map's input: every principle, letter, case study and essay with the principles it names. */
export function principleMapInput(site: Site, base: string): GraphInput {
	return {
		principles: site.principles.map((principle) => ({
			id: principle.id,
			...page(principle, base),
		})),
		// A letter's short name ("2016 letter") names its link; its year is the label.
		letters: letters(site).map((letter) => ({
			...page(letter, base),
			title: letter.data.short,
			label: String(letter.data.covers),
			principles: principleIds(letter),
		})),
		caseStudies: site['case-studies'].map((study) => ({
			...page(study, base),
			principles: principleIds(study),
		})),
		essays: site.essays.map((essay) => ({ ...page(essay, base), principles: principleIds(essay) })),
	};
}

/** The timeline's input: each letter's years, and each case study's. */
export function timelineInput(
	site: Site,
	base: string,
): { letters: TimelineLetter[]; events: TimelineEvent[] } {
	return {
		letters: letters(site).map((letter) => {
			const { title, href } = page(letter, base);
			return { covers: letter.data.covers, published: letter.data.published, title, href };
		}),
		events: site['case-studies'].map((study) => {
			const { title, href } = page(study, base);
			return { year: study.data.year, title, href };
		}),
	};
}
