/** How a reader did on a path's knowledge checks, for the status line and "Copy my progress". */

/** A check as scoring sees it: its id and the position of its right option. */
export interface ScoredCheck {
	id: string;
	right: number;
}

/** How many checks there are, how many the reader answered, and how many of those rightly. */
export interface CheckScore {
	total: number;
	answered: number;
	right: number;
}

/** The reader's score on `checks`, from the options they chose (`answers`, by check id). */
export function checkScore(checks: ScoredCheck[], answers: Record<string, number>): CheckScore {
	const answered = checks.filter((check) => answers[check.id] !== undefined);
	return {
		total: checks.length,
		answered: answered.length,
		right: answered.filter((check) => answers[check.id] === check.right).length,
	};
}

/** The score in a sentence: "Checks: 3 of 5 answered correctly, 1 not answered yet." */
export function checkScoreLine({ total, answered, right }: CheckScore): string {
	const open = total - answered;
	return `Checks: ${right} of ${total} answered correctly${open > 0 ? `, ${open} not answered yet` : ''}.`;
}
