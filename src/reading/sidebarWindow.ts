/**
 * The part of a long section the sidebar shows: at most `size` entries around the current one.
 * A sidebar that lists every entry on every page makes a site's output grow with the square of
 * its size (ten thousand pages, each listing ten thousand links); the section's own list page
 * has them all.
 */
export function sidebarWindow<T>(
	items: T[],
	currentIndex: number,
	size = 21,
): { items: T[]; hidden: number } {
	if (items.length <= size) return { items, hidden: 0 };
	const start = Math.min(Math.max(0, currentIndex - Math.floor(size / 2)), items.length - size);
	return { items: items.slice(start, start + size), hidden: items.length - size };
}
