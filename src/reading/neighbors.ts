/**
 * The entries before and after the one at `index` of an ordered list, for previous and next
 * links; none for an index outside it. The caller finds the index once (`positionIn()`), so no
 * page scans its whole section.
 */
export function neighbors<T>(list: T[], index: number): { previous?: T; next?: T } {
	if (index < 0 || index >= list.length) return {};
	return { previous: list[index - 1], next: list[index + 1] };
}
