/** Components every MDX page may use without importing them. */
import Cite from './Cite.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Cite, Quote };
