/**
 * Reading an MDX body for the checks: the body with its code and
 * comments blanked out (so a `<Foo>` or `## x` in an example is not taken for the real thing), and
 * its headings as Astro sees them.
 */
import { slug } from 'github-slugger';

/** Every character of `match` but its line breaks, as spaces: offsets and lines stay as they were. */
export const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/**
 * `body` with fenced code blocks, inline code, MDX comments (`{/* … *\/}`) and HTML comments
 * replaced by spaces, so offsets, lines and columns in it are the file's own.
 */
export function blankCode(body: string): string {
	return blankComments(
		body.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, blank),
	).replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

/** `body` with its MDX and HTML comments, which a reader never sees, replaced by spaces. */
export function blankComments(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
}

/** A heading of an MDX body. */
export interface Heading {
	/** 1 for `#`, 2 for `##` and so on. */
	depth: number;
	/** Its words as a reader sees them: no emphasis marks, links as their text. */
	text: string;
	/** Its id before Astro makes repeats unique (`the-idea`; the second would be `the-idea-1`). */
	slug: string;
	/** Its line in the body, from 0. */
	bodyLine: number;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** The words of a heading's markdown as its rendered text has them. */
function headingText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]*>/g, '')
		.replace(/[*_`]/g, '')
		.trim();
}

/** The ATX headings (`## …`) of `body`, in order, leaving out any in code. */
export function bodyHeadings(body: string): Heading[] {
	const lines = body.split('\n');
	const headings: Heading[] = [];
	blankCode(body)
		.split('\n')
		.forEach((line, index) => {
			if (!HEADING.test(line)) return;
			// The blanked line finds the heading; its own line keeps the words of any inline code.
			const [, marks, markdown] = HEADING.exec(lines[index]!)!;
			const text = headingText(markdown!);
			headings.push({ depth: marks!.length, text, slug: slug(text), bodyLine: index });
		});
	return headings;
}
