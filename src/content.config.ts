/**
 * The content model: one schema per collection, one file per entry under `content/<collection>/`.
 * The file name is the entry's id and its URL slug. Every type the site uses comes from here.
 *
 * Which collections exist and which files each reads come from the registry
 * (`src/model/collections.ts`); the schemas live in `src/model/contentSchemas.ts`, so the content
 * guard can check every file with them before Astro starts. Astro's `reference()` only logs an id
 * that names no entry (docs/stack-traps.md, trap 3): the guard, and `src/model/build/loadSite.ts` again at render, fail the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './model/collections.ts';
import { contentSchemas } from './model/contentSchemas.ts';

/**
 * Where the content lives. Tests point DAY_ONE_CONTENT at a small fixture folder to prove that a
 * broken page fails the build; everyone else uses `content/`.
 */
const contentRoot = process.env.DAY_ONE_CONTENT ?? './content';

const schemas = contentSchemas(reference);

/** One collection: every file of its kinds at the top of its folder (an id is a file name, never a folder path). */
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
	const pattern = `[^_]*.{${COLLECTIONS[name].files.read.join(',')}}`;
	return defineCollection({ loader: glob({ base: `${contentRoot}/${name}`, pattern }), schema });
}

/**
 * Every collection of the registry. Listed by hand because Astro reads each entry's type from
 * this object's literal shape; `satisfies` makes a collection missing here a type error.
 */
export const collections = {
	principles: collection('principles', schemas.principles),
	essays: collection('essays', schemas.essays),
	'case-studies': collection('case-studies', schemas['case-studies']),
	sources: collection('sources', schemas.sources),
	glossary: collection('glossary', schemas.glossary),
	paths: collection('paths', schemas.paths),
} satisfies Record<CollectionName, unknown>;
