/**
 * The timeline of the letters: one item a year, from the first year a letter covers or a case
 * study happened to the last, each with the letter that covers it and the case studies of that
 * year. Built from the content's own dates (a letter's `covers` and `published`, a case study's
 * `year`), so a new letter or case study takes its place without anyone editing a list.
 */

/** A letter as the timeline shows it. */
export interface TimelineLetter {
	/** The year the letter covers. */
	covers: number;
	/** When it was published, as the source gives it: `2017`, `2017-04` or `2017-04-12`. */
	published: string;
	title: string;
	href: string;
}

/** Something that happened in a year: a case study. */
export interface TimelineEvent {
	year: number;
	title: string;
	href: string;
}

/** One year of the timeline. A year with no letter page has `letters` empty. */
export interface TimelineYear {
	year: number;
	letters: TimelineLetter[];
	events: TimelineEvent[];
}

/** Every year from the earliest date to the latest, in order, with what belongs to it. */
export function letterTimeline(letters: TimelineLetter[], events: TimelineEvent[]): TimelineYear[] {
	const years = [...letters.map((letter) => letter.covers), ...events.map((event) => event.year)];
	if (years.length === 0) return [];
	const first = Math.min(...years);
	const last = Math.max(...years);
	return Array.from({ length: last - first + 1 }, (_, index) => {
		const year = first + index;
		return {
			year,
			letters: letters.filter((letter) => letter.covers === year),
			events: events
				.filter((event) => event.year === year)
				.sort((a, b) => a.title.localeCompare(b.title, 'en')),
		};
	});
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A partial date as a reader says it: `2017` stays, `2017-04` is "April 2017", `2017-04-12` "April 12, 2017". */
export function partialDateText(date: string): string {
	const [year, month, day] = date.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return year!;
	return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`;
}
