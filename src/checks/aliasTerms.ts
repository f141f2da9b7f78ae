/**
 * Checks that no glossary alias is another term's own name (ignoring case and surrounding spaces):
 * a reader who searches for that term would be sent to the term that borrows its name as well.
 */
import type { ContentProblem } from './contentErrors.ts';
import { aliasesOf, aliasKey } from './duplicateAliases.ts';
import { atField } from './fieldLines.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** A problem for every alias of a glossary term that is the `term` of another. */
export function aliasTermProblems(entries: ParsedEntry[]): ContentProblem[] {
	const glossary = entries.filter((entry) => entry.collection === 'glossary');
	const byTerm = new Map<string, ParsedEntry>();
	for (const entry of glossary) {
		if (typeof entry.data.term !== 'string') continue;
		const key = aliasKey(entry.data.term);
		if (!byTerm.has(key)) byTerm.set(key, entry);
	}
	const problems: ContentProblem[] = [];
	for (const entry of glossary) {
		const lines: string[] = [];
		aliasesOf(entry).forEach((alias, index) => {
			const owner = byTerm.get(aliasKey(alias));
			if (!owner || owner === entry) return;
			lines.push(
				`${atField(entry, ['aliases', index], `aliases[${index}]`)}: "${alias}" is the term of ${owner.filePath} (term: ${String(owner.data.term)}).`,
				`Fix: remove "${alias}" from these aliases, so a reader who searches for it finds its own definition.`,
			);
		});
		if (lines.length > 0) problems.push({ filePath: entry.filePath, lines });
	}
	return problems;
}
