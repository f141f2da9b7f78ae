/**
 * Checks that every heading of a page has text under it: a heading followed straight away by
 * another of the same or a higher level (or by the end of the page) opens a section with nothing
 * in it, usually a draft's placeholder or text moved elsewhere.
 */
import type { ContentProblem } from './contentErrors.ts';
import { blankComments, bodyHeadings } from './mdxBody.ts';

/** A page's text and where it starts in its file. */
export interface SectionPage {
	filePath: string;
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** Every heading of `page` with no text under it before the next heading of its level or higher. */
export function emptySectionProblems(page: SectionPage): ContentProblem[] {
	const headings = bodyHeadings(page.body);
	// Code is text a reader sees; comments are not.
	const lines = blankComments(page.body).split('\n');
	const headingLines = new Set(headings.map((heading) => heading.bodyLine));
	const problems: string[] = [];
	headings.forEach((heading, index) => {
		const next = headings.slice(index + 1).find((other) => other.depth <= heading.depth);
		const end = next?.bodyLine ?? lines.length;
		const hasText = lines
			.slice(heading.bodyLine + 1, end)
			.some(
				(line, offset) => !headingLines.has(heading.bodyLine + 1 + offset) && line.trim() !== '',
			);
		if (hasText) return;
		const marks = '#'.repeat(heading.depth);
		problems.push(
			`line ${page.bodyLine + heading.bodyLine}: the section "${marks} ${heading.text}" is empty: no text comes before ${next ? `the next heading, on line ${page.bodyLine + next.bodyLine}` : 'the end of the page'}.`,
			'Fix: write the section, or remove its heading.',
		);
	});
	return problems.length > 0 ? [{ filePath: page.filePath, lines: problems }] : [];
}
