/** A date as readers in the US write it, such as "April 12, 2017", in UTC so builds agree everywhere. */
export function formatDate(date: Date): string {
	return date.toLocaleDateString('en-US', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	});
}
