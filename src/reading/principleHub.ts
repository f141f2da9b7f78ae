/**
 * Entries that name the principle `principleId`, in the order given. Principle hubs ("Illustrated
 * by", "Discussed in") are computed this way from the content's own references, never by hand.
 */
export function entriesNaming<T>(
	entries: T[],
	principleId: string,
	principlesOf: (entry: T) => Array<{ id: string }>,
): T[] {
	return entries.filter((entry) => principlesOf(entry).some((ref) => ref.id === principleId));
}
