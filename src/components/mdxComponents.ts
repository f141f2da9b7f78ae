/** Components every MDX page may use without importing them, and the element links render as. */
import Cite from './Cite.astro';
import ContentLink from './ContentLink.astro';
import type { MdxComponentName } from './mdxComponentNames.ts';
import Quote from './Quote.astro';

/** One component for each of `MDX_COMPONENT_NAMES`, no more and no fewer. */
const byName = { Cite, Quote } satisfies Record<MdxComponentName, unknown>;

export const mdxComponents = { ...byName, a: ContentLink };
