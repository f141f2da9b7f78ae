/**
 * Every check of authored content that can run before the build, run in order: encodings, file
 * names, front matter against the schemas, references between entries and to drafts, review dates,
 * repeated path steps, citations, components, headings, sections and images in page text, duplicate
 * titles, glossary aliases, and internal links and anchors. Each check is a module of its own;
 * this one runs them and collects their problems. Pure: the integration reads the files.
 */
import type { z } from 'astro/zod';
import { aliasTermProblems } from './aliasTerms.ts';
import { bodyCitationProblems, citableSources } from './bodyCitations.ts';
import { brokenReferenceProblem, type ContentProblem } from './contentErrors.ts';
import { findBrokenReferences } from './contentReferences.ts';
import { draftReferenceProblems } from './draftReferences.ts';
import { duplicateAliasProblems } from './duplicateAliases.ts';
import { duplicateTitleProblems } from './duplicateTitles.ts';
import { emptySectionProblems } from './emptySections.ts';
import { encodingProblems } from './encoding.ts';
import { fileNameProblem } from './fileNames.ts';
import { checkFrontMatter } from './frontMatter.ts';
import { imageProblems } from './images.ts';
import { linkProblems } from './links.ts';
import type { ParsedEntry, RawEntry } from './rawEntry.ts';
import { repeatedHeadingProblems } from './repeatedHeadings.ts';
import { repeatedStepProblems } from './repeatedSteps.ts';
import { reviewDateProblems } from './reviewDates.ts';
import type { Fingerprints } from './sourceFingerprints.ts';
import { fieldPath, fieldPosition } from './positions.ts';
import { unknownComponentProblems } from './unknownComponents.ts';
import { pageWordingProblems, quotedSources, wordedSources } from './wordingChecks.ts';

export type { RawEntry } from './rawEntry.ts';

/**
 * Every problem in `entries`, grouped per file. `schemas` are the collections' schemas built
 * with a plain `reference()`, so references come out as `{ collection, id }`. `fingerprints`
 * of the sources' words, when given, prove each quotation of them exact. With `wording: false`,
 * the checks of wording against the sources are left to the caller (`wordingChecks.ts`).
 */
export function checkContent(
	entries: RawEntry[],
	schemas: Record<string, z.ZodType>,
	fingerprints: Fingerprints = {},
	options: { wording: boolean } = { wording: true },
): ContentProblem[] {
	const problems: ContentProblem[] = encodingProblems(entries);
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
	problems.push(...reviewDateProblems(parsed));
	problems.push(...repeatedStepProblems(parsed));

	const sourceIds = parsed
		.filter((entry) => entry.collection === 'sources')
		.map((entry) => entry.id);
	const quoted = options.wording ? quotedSources(wordedSources(parsed), fingerprints) : undefined;
	for (const entry of parsed) {
		if (!entry.body) continue;
		const listed = citableSources(
			entry.collection,
			entry.id,
			((entry.data.sources as Array<{ id: string }> | undefined) ?? []).map((ref) => ref.id),
		);
		problems.push(
			...bodyCitationProblems(
				{
					filePath: entry.filePath,
					body: entry.body,
					listedSources: listed,
					bodyLine: entry.bodyLine,
				},
				sourceIds,
			),
		);
		const page = { filePath: entry.filePath, body: entry.body, bodyLine: entry.bodyLine ?? 1 };
		if (quoted) problems.push(...pageWordingProblems(page, quoted));
		problems.push(...unknownComponentProblems(page));
		problems.push(...repeatedHeadingProblems(entry));
		problems.push(...emptySectionProblems(page));
		problems.push(...imageProblems(entry));
	}

	problems.push(...duplicateTitleProblems(parsed));
	problems.push(...duplicateAliasProblems(parsed));
	problems.push(...aliasTermProblems(parsed));
	problems.push(...linkProblems(parsed));
	return placeFields(problems, entries);
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
		if (!entry?.yaml) return problem;
		const yaml = entry.yaml;
		const lines = problem.lines.map((line) => {
			const field = /^([^\s:]+): /.exec(line)?.[1];
			const path = field && !FOLLOW_UP.test(line) ? fieldPath(field) : undefined;
			if (!path) return line;
			const { line: at, column } = fieldPosition(yaml.text, path, yaml.firstLine);
			return `line ${at}, column ${column}: ${line}`;
		});
		return { ...problem, lines };
	});
}
