/**
 * Author errors as GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), so that on
 * a pull request each one shows on its line of the changed file, not only in the log.
 */
import type { ContentProblem } from './contentErrors.ts';

/** Lines that go on explaining the message before them. */
const FOLLOW_UP = /^(Fix:|Expected|The closest passage|No passage)/;
const POSITION = /^line (\d+)(?:, column (\d+))?: /;

/** A workflow command's message: `%`, carriage returns and newlines escaped. */
const escapeData = (text: string) =>
	text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property: the message's escapes, and `:` and `,` too. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` line per message of every problem, at its line and column (else line 1). */
export function githubAnnotations(problems: ContentProblem[]): string[] {
	const annotations: string[] = [];
	for (const problem of problems) {
		let message: { line: number; column: number; text: string[] } | undefined;
		const flush = () => {
			if (!message) return;
			annotations.push(
				`::error file=${escapeProperty(problem.filePath)},line=${message.line},col=${message.column},title=Content error::${escapeData(message.text.join('\n'))}`,
			);
		};
		for (const line of problem.lines) {
			const position = POSITION.exec(line);
			if (message && !position && FOLLOW_UP.test(line)) {
				message.text.push(line);
				continue;
			}
			flush();
			message = {
				line: Number(position?.[1] ?? 1),
				column: Number(position?.[2] ?? 1),
				text: [position ? line.slice(position[0].length) : line],
			};
		}
		flush();
	}
	return annotations;
}
