/**
 * The number of single-letter edits (insert, delete, substitute, or swap two neighbors) that turn
 * `a` into `b`, or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, beforePrevious[j - 2]! + 1);
			}
			current[j] = value;
			rowBest = Math.min(rowBest, value);
		}
		if (rowBest > max) return max + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length]!;
}
