/** The entries before and after `id` in an ordered list, for previous and next links. */
export function neighbors<T extends { id: string }>(
	list: T[],
	id: string,
): { previous?: T; next?: T } {
	const index = list.findIndex((item) => item.id === id);
	if (index < 0) return {};
	return { previous: list[index - 1], next: list[index + 1] };
}
