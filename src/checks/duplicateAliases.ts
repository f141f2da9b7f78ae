/**
 * Checks that no two glossary terms share an alias (ignoring case and surrounding spaces): search
 * treats a term's aliases as its synonyms, so a word that is an alias of two terms leads a reader
 * to two definitions. The first term with an alias keeps it; each later one is told.
 */
import type { ContentProblem } from './contentErrors.ts';
import { atField } from './fieldLines.ts';
import type { ParsedEntry } from './rawEntry.ts';

/** The aliases of a glossary entry, as written. */
export function aliasesOf(entry: ParsedEntry): string[] {
	const aliases = entry.data.aliases;
	return Array.isArray(aliases) ? aliases.filter((alias) => typeof alias === 'string') : [];
}

/** The form two aliases or terms are compared in. */
export const aliasKey = (text: string) => text.trim().toLowerCase();

/** A problem for every alias of a glossary term that an earlier term already has. */
export function duplicateAliasProblems(entries: ParsedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const firstWithAlias = new Map<string, ParsedEntry>();
	for (const entry of entries) {
		if (entry.collection !== 'glossary') continue;
		const lines: string[] = [];
		aliasesOf(entry).forEach((alias, index) => {
			const key = aliasKey(alias);
			const first = firstWithAlias.get(key);
			if (!first) firstWithAlias.set(key, entry);
			else if (first !== entry) {
				lines.push(
					`${atField(entry, ['aliases', index], `aliases[${index}]`)}: "${alias}" is already an alias of "${String(first.data.term)}" in ${first.filePath}.`,
					`Fix: keep "${alias.trim()}" on one of the two terms and remove it from the other, so the word leads a reader to one definition.`,
				);
			}
		});
		if (lines.length > 0) problems.push({ filePath: entry.filePath, lines });
	}
	return problems;
}
