/**
 * The Markdown plugin that places citation markers (Sätteri runs it for `.mdx` files, as it does
 * the glossary links; docs/stack-traps.md, trap 10). The thin edge: it finds the page's collection,
 * id and listed sources, asks `citationMarkers()` which marker each citation shows, and writes the
 * answer on the element as `marker="3"` (or `marker="none"`) for `<Cite>` and `<Quote>` to render.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginDefinition, MdastTarget } from 'satteri';
import { contentFolder } from '../../checks/build/readContentFiles.ts';
import {
	MARKER_ATTRIBUTE,
	citationMarkers,
	citedSources,
	markerValue,
	sourceListIds,
	type CitingNode,
} from '../citationMarkers.ts';

/** The page's collection and id, from its path under the content folder. */
function pageOf(file: string, contentRoot: string) {
	const [collection = '', name = ''] = file.slice(contentRoot.length + 1).split(sep);
	return { collection, id: name.replace(/\.[^.]+$/, '') };
}

/** The plugin, for `satteri({ mdastPlugins })`; content comes from where `contentFolder()` says. */
export function citationMarkerPlugin(projectRoot: string): MdastPluginDefinition {
	const contentRoot = contentFolder(projectRoot);
	return {
		name: 'day-one:citation-markers',
		before(root, ctx) {
			const file = ctx.fileURL && fileURLToPath(ctx.fileURL);
			if (!file?.startsWith(contentRoot + sep)) return;
			const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
			const listed = astro?.frontmatter?.sources;
			const tree = root as CitingNode;
			const ids = sourceListIds(
				pageOf(file, contentRoot),
				Array.isArray(listed) ? listed.map(String) : [],
				citedSources(tree),
			);
			const { markers, trimmed } = citationMarkers(tree, ids);
			for (const { node, value } of trimmed)
				ctx.setProperty(node as unknown as Extract<MdastTarget, { type: 'text' }>, 'value', value);
			for (const marker of markers) {
				const value = markerValue(marker);
				if (value === undefined) continue;
				const attributes = (marker.node.attributes ?? []).filter(
					(item) => item.name !== MARKER_ATTRIBUTE,
				);
				// Sätteri sets no element's attributes in place: the element is swapped for a copy.
				ctx.replaceNode(
					marker.node as unknown as MdastTarget,
					{
						...marker.node,
						attributes: [...attributes, { type: 'mdxJsxAttribute', name: MARKER_ATTRIBUTE, value }],
					} as unknown as MdastContent,
				);
			}
		},
	};
}
