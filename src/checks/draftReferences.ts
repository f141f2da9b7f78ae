/**
 * References from published pages to drafts. A draft is left out of the published site, so such a
 * link would break there; the check says so now instead of at render.
 */
import type { ContentProblem } from './contentErrors.ts';
import { findBrokenReferences, type BrokenReference } from './contentReferences.ts';
import type { ParsedEntry, RawEntry } from './rawEntry.ts';

/**
 * Every reference from a published page to a draft among `parsed`. `unparsed` entries exist but
 * have no usable front matter; references in `alreadyBroken` are reported once, as broken.
 */
export function draftReferenceProblems(
	parsed: ParsedEntry[],
	unparsed: RawEntry[],
	alreadyBroken: BrokenReference[],
): ContentProblem[] {
	const isDraft = (entry: ParsedEntry) => entry.data.draft === true;
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
