/**
 * The Markdown plugin that links glossary terms in every page's text (Sätteri, Astro 7's default
 * Markdown processor, runs it for `.mdx` files; docs/stack-traps.md, trap 10). The thin edge: it
 * reads the glossary files and hands each page's tree to `termLinks()`, which decides where the
 * links go, then applies them and tells the page which terms it linked.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginDefinition, MdastTarget } from 'satteri';
import { contentFolder, readContentFiles } from '../../checks/build/readContentFiles.ts';
import { entryPath } from '../../model/urls.ts';
import { termOccurrences, type TermForMatch } from '../glossaryTerms.ts';
import { LINKED_TERMS_KEY, termLinkData, termLinks, type MarkdownNode } from '../termLinks.ts';

/**
 * The glossary as the matcher needs it, read from its own folder only: reading every content
 * file cost about 3 ms per page on a 1,000-page build.
 */
function readGlossary(contentRoot: string, projectRoot: string): TermForMatch[] {
	return readContentFiles(contentRoot, projectRoot, ['glossary']).flatMap((entry) => {
		// The content guard has checked every field before any page compiles; this only keeps
		// the types honest.
		const data = (entry.data ?? {}) as { term?: unknown; aliases?: unknown };
		if (typeof data.term !== 'string') return [];
		const aliases = Array.isArray(data.aliases)
			? data.aliases.filter((alias): alias is string => typeof alias === 'string')
			: [];
		return [{ id: entry.id, term: data.term, aliases }];
	});
}

/**
 * The plugin, for `satteri({ mdastPlugins })`. Content comes from `DAY_ONE_CONTENT` when a
 * fixture build sets it, as in `src/content.config.ts`. The glossary is read on the first page
 * and kept for the build (`npm run dev` reads it again when restarted).
 */
export function glossaryLinks(projectRoot: string): MdastPluginDefinition {
	const contentRoot = contentFolder(projectRoot);
	let glossary: { find: ReturnType<typeof termOccurrences>; termIds: string[] } | undefined;
	return {
		name: 'day-one:glossary-links',
		before(root, ctx) {
			const file = ctx.fileURL && fileURLToPath(ctx.fileURL);
			// Only content entries link terms; the id is the file name, as Astro's loader has it.
			if (!file?.startsWith(contentRoot + sep)) return;
			const ownTermId = file.slice(file.lastIndexOf(sep) + 1).replace(/\.[^.]+$/, '');
			if (!glossary) {
				const terms = readGlossary(contentRoot, projectRoot);
				glossary = { find: termOccurrences(terms), termIds: terms.map((term) => term.id) };
			}
			const { replacements, marks, linked } = termLinks(root as MarkdownNode, {
				...glossary,
				href: (id) => entryPath('glossary', id),
				ownTermId,
			});
			for (const { node, nodes } of replacements)
				ctx.replaceNode(node as MdastTarget, nodes as MdastContent[]);
			for (const { node, termId } of marks)
				ctx.setProperty(node as MdastTarget, 'data', { ...node.data, ...termLinkData(termId) });
			const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
			if (astro?.frontmatter) astro.frontmatter[LINKED_TERMS_KEY] = linked;
		},
	};
}
