/**
 * Every check of authored content that can run before the build, run in order: file names, front
 * matter against the schemas, references between entries and to drafts, citations and images in
 * page text, duplicate titles, and internal links and anchors. Each check is a module of its own;
 * this one runs them and collects their problems. Pure: the integration reads the files.
 */
import type { z } from 'astro/zod';
import { bodyCitationProblems, citableSources } from './bodyCitations.ts';
import { brokenReferenceProblem, type ContentProblem } from './contentErrors.ts';
import { findBrokenReferences } from './contentReferences.ts';
import { draftReferenceProblems } from './draftReferences.ts';
import { duplicateTitleProblems } from './duplicateTitles.ts';
import { exactQuotationProblems, type QuotedSource } from './exactQuotations.ts';
import { fileNameProblem } from './fileNames.ts';
import { checkFrontMatter } from './frontMatter.ts';
import { imageProblems } from './images.ts';
import { linkProblems } from './links.ts';
import { nearCopyProblems } from './nearCopies.ts';
import type { ParsedEntry, RawEntry } from './rawEntry.ts';
import { indexFingerprint, type Fingerprints } from './sourceFingerprints.ts';
import { fieldPath, fieldPosition } from './positions.ts';

export type { RawEntry } from './rawEntry.ts';

/**
 * Every problem in `entries`, grouped per file. `schemas` are the collections' schemas built
 * with a plain `reference()`, so references come out as `{ collection, id }`. `fingerprints`
 * of the sources' words, when given, prove each quotation of them exact.
 */
export function checkContent(
	entries: RawEntry[],
	schemas: Record<string, z.ZodType>,
	fingerprints: Fingerprints = {},
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const parsed: ParsedEntry[] = [];
	// Entries whose own front matter failed still exist: pages that reference them are not wrong.
	const unparsed: RawEntry[] = [];
	for (const entry of entries) {
		const badName = fileNameProblem(entry);
		if (badName) {
			problems.push(badName);
			continue;
		}
		const frontMatter = checkFrontMatter(entry, schemas);
		if (!frontMatter) continue;
		if ('problem' in frontMatter) {
			problems.push(frontMatter.problem);
			unparsed.push({ ...entry, data: undefined });
		} else parsed.push(frontMatter.entry);
	}

	const broken = findBrokenReferences([...parsed, ...unparsed]);
	problems.push(...broken.map(brokenReferenceProblem));
	problems.push(...draftReferenceProblems(parsed, unparsed, broken));

	const sourceIds = parsed
		.filter((entry) => entry.collection === 'sources')
		.map((entry) => entry.id);
	const quoted = quotedSources(parsed, fingerprints);
	for (const entry of parsed) {
		if (!entry.body) continue;
		const listed = citableSources(
			entry.collection,
			entry.id,
			((entry.data.sources as Array<{ id: string }> | undefined) ?? []).map((ref) => ref.id),
		);
		problems.push(
			...bodyCitationProblems(
				{ filePath: entry.filePath, body: entry.body, listedSources: listed },
				sourceIds,
			),
		);
		const page = { filePath: entry.filePath, body: entry.body, bodyLine: entry.bodyLine ?? 1 };
		problems.push(...exactQuotationProblems(page, quoted));
		problems.push(...nearCopyProblems(page, quoted));
		problems.push(...imageProblems(entry));
	}

	problems.push(...duplicateTitleProblems(parsed));
	problems.push(...linkProblems(parsed));
	return placeFields(problems, entries);
}

/**
 * The fingerprinted sources that have an entry, each with its short name for messages; primary
 * sources first, so wording a blog post itself borrowed from a letter is traced to the letter.
 */
function quotedSources(parsed: ParsedEntry[], fingerprints: Fingerprints) {
	const sources = new Map<string, QuotedSource>();
	const primaryFirst = [...parsed].sort(
		(a, b) => Number(b.data.primary !== false) - Number(a.data.primary !== false),
	);
	for (const entry of primaryFirst) {
		const stored = entry.collection === 'sources' ? fingerprints[entry.id] : undefined;
		if (!stored) continue;
		const name = typeof entry.data.short === 'string' ? entry.data.short : entry.id;
		sources.set(entry.id, { index: indexFingerprint(stored), name });
	}
	return sources;
}

/** Message lines that explain the one before them rather than name a field. */
const FOLLOW_UP = /^(Fix|Expected one of|Expected):/;

/**
 * Each message that names a front-matter field (`principles[1]: …`) gets the field's line and
 * column in its file in front, so an author can go straight to it.
 */
function placeFields(problems: ContentProblem[], entries: RawEntry[]): ContentProblem[] {
	const byFile = new Map(entries.map((entry) => [entry.filePath, entry]));
	return problems.map((problem) => {
		const entry = byFile.get(problem.filePath);
		if (entry?.frontMatterText === undefined) return problem;
		const lines = problem.lines.map((line) => {
			const field = /^([^\s:]+): /.exec(line)?.[1];
			const path = field && !FOLLOW_UP.test(line) ? fieldPath(field) : undefined;
			if (!path) return line;
			const { line: at, column } = fieldPosition(
				entry.frontMatterText!,
				path,
				entry.frontMatterLine ?? 1,
			);
			return `line ${at}, column ${column}: ${line}`;
		});
		return { ...problem, lines };
	});
}
