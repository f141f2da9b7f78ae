/** Whether a page's review date has passed, given the moment to judge by. */
export function isReviewOverdue(reviewBy: Date | undefined, now: Date): boolean {
	return reviewBy !== undefined && reviewBy.getTime() < now.getTime();
}
