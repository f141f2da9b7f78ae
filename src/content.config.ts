/**
 * The content model: one schema per collection, one file per entry under `content/<collection>/`.
 * The file name is the entry's id and its URL slug. Every type the site uses comes from here.
 *
 * The schemas themselves live in `src/model/contentSchemas.ts`, so the content guard can check every
 * file with them before Astro starts. Astro's `reference()` only logs an id that names no entry
 * (docs/stack-traps.md, trap 3): the guard, and `src/model/build/loadSite.ts` again at render, fail the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentSchemas } from './model/contentSchemas.ts';

/**
 * Where the content lives. Tests point DAY_ONE_CONTENT at a small fixture folder to prove that a
 * broken page fails the build; everyone else uses `content/`.
 */
const contentRoot = process.env.DAY_ONE_CONTENT ?? './content';

/** Loads every file with one of `extensions` from `<content root>/<name>/`; the file name is the id. */
function contentFolder(name: string, extensions: string) {
	// Top level only, as the content guard reads it: an id is a file name, never a folder path.
	return glob({ base: `${contentRoot}/${name}`, pattern: `[^_]*.${extensions}` });
}

const schemas = contentSchemas(reference);

/** One collection: its folder under the content root and its schema. */
function collection<S extends z.ZodType>(name: string, extensions: string, schema: S) {
	return defineCollection({ loader: contentFolder(name, extensions), schema });
}

export const collections = {
	principles: collection('principles', '{md,mdx}', schemas.principles),
	essays: collection('essays', '{md,mdx}', schemas.essays),
	'case-studies': collection('case-studies', '{md,mdx}', schemas['case-studies']),
	sources: collection('sources', '{yaml,yml}', schemas.sources),
	glossary: collection('glossary', '{yaml,yml}', schemas.glossary),
	paths: collection('paths', '{yaml,yml}', schemas.paths),
};
