/**
 * The components every MDX page may use without importing them, written once: `mdxComponents.ts`
 * maps each name to its `.astro` file (its type check fails if the two differ), and the content
 * guard names them to an author who writes another. Pure, so the guard can read it before Astro runs.
 */
export const MDX_COMPONENT_NAMES = ['Cite', 'Quote'] as const;

/** The name of a component an MDX page may use. */
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
