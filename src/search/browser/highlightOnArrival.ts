/**
 * Marks the words a reader searched for when they arrive from a search result (`?highlight=`),
 * and scrolls to the first one unless the link named a section. Loaded only on such arrivals.
 */
import { highlightRanges } from '../highlightRanges.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'NOSCRIPT', 'TEXTAREA']);

function textNodes(root: Element): Text[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement &&
			!SKIP.has(node.parentElement.tagName) &&
			!node.parentElement.closest('[data-pagefind-ignore]')
				? NodeFilter.FILTER_ACCEPT
				: NodeFilter.FILTER_REJECT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	return nodes;
}

/**
 * Wraps each matched word in the page's main content in <mark class="search-hit">, with the test
 * id `search-hit`.
 */
export function highlightFromUrl(): void {
	const terms = new URLSearchParams(location.search)
		.getAll('highlight')
		.flatMap((value) => value.split(/\s+/));
	const root = document.querySelector('[data-pagefind-body]');
	if (!root || terms.length === 0) return;
	for (const node of textNodes(root)) {
		const ranges = highlightRanges(node.data, terms);
		for (const [start, end] of ranges.reverse()) {
			const word = node.splitText(start);
			word.splitText(end - start);
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.dataset.testid = 'search-hit';
			word.replaceWith(mark);
			mark.append(word);
		}
	}
	const first = root.querySelector<HTMLElement>('mark.search-hit');
	if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
