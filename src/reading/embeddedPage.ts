/**
 * A page's rendered body made fit to sit inside another document, as each step does in a path's
 * print version: its ids (and the links and labels that point at them) get a prefix, so two
 * pages' "What it is" headings do not share an id; its headings move one level down, under the
 * step's own title; and its named sections stop being landmarks, since every step has a
 * "Sources" and a landmark's name must be unique in the document.
 */

/** The attributes that name ids, and whether they hold a list of them. */
const ID_ATTRIBUTES = /\s(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;

/**
 * `html` with every id prefixed `prefix-`, local links to match, headings one level down, and
 * sections without the name that made them landmarks.
 */
export function embeddedPage(html: string, prefix: string): string {
	return html
		.replace(/(<section\b[^>]*?)\saria-labelledby="[^"]*"/g, '$1')
		.replace(ID_ATTRIBUTES, (_, name: string, value: string) => {
			const ids = value.split(/\s+/).filter(Boolean);
			return ` ${name}="${ids.map((id) => `${prefix}-${id}`).join(' ')}"`;
		})
		.replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}-${id}"`)
		.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, close: string, level: string) => {
			return `<${close}h${Number(level) + 1}`;
		});
}
