/**
 * Knowledge checks on path steps (README, "Knowledge checks"): the id a reader's answer is kept
 * under, what the page says once an option is chosen, and the checks written out as Markdown.
 */
import type { KnowledgeCheck } from '../model/contentSchemas.ts';

/** The position of the one right option; the schema makes sure there is exactly one. */
export function rightOption(check: KnowledgeCheck): number {
	return check.options.findIndex((option) => option.correct);
}

/**
 * A short id for `check`, made from its question and options. A reader's answer is kept under it,
 * so an answer given to an older wording (another question, options reordered, another right
 * answer) is forgotten rather than scored against the new one. Explanations are left out: mending
 * one changes nothing the reader chose.
 */
export function checkId(check: KnowledgeCheck): string {
	const text = [check.question, ...check.options.map((o) => `${o.correct ? '*' : ''}${o.text}`)];
	// FNV-1a, 32 bits: stable across builds and machines, and short enough for an attribute.
	let hash = 0x811c9dc5;
	for (const char of text.join('\u0000')) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/** An option as the browser reads it back from the page. */
export interface ShownOption {
	text: string;
	explanation: string;
}

/**
 * What the page says when the reader chooses option `chosen`: whether it is right, why, and
 * when it is not, which option is right and why.
 */
export function checkResult(options: ShownOption[], right: number, chosen: number): string {
	const picked = options[chosen]!;
	if (chosen === right) return `Right. ${picked.explanation}`;
	const answer = options[right]!;
	return `Not quite. ${picked.explanation} The right answer is “${answer.text}”: ${answer.explanation}`;
}

/** The letter a list shows before the option at `index`: A, B, C, … */
export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** A step's checks as Markdown: each question, its lettered options, then the answer and why. */
export function checksMarkdown(checks: KnowledgeCheck[]): string {
	return checks
		.map((check) => {
			const right = rightOption(check);
			const options = check.options.map(
				(option, index) => `   - ${optionLetter(index)}. ${option.text}`,
			);
			const why = check.options.map(
				(option, index) =>
					`     - ${optionLetter(index)}${index === right ? ' (right)' : ''}: ${option.explanation}`,
			);
			return [
				`   Check: ${check.question}`,
				...options,
				`   - Answer: ${optionLetter(right)}.`,
				...why,
			].join('\n');
		})
		.join('\n');
}
