/** Components every MDX page may use without importing them, and the element links render as. */
import Cite from './Cite.astro';
import ContentLink from './ContentLink.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Cite, Quote, a: ContentLink };
