/** Settings a team that copies this handbook changes first. */

/** The repository authors open pull requests against; "Edit this page" links point into it. */
export const REPOSITORY_URL = 'https://github.com/day-one-handbook/day-one';

/** The branch the site is published from. */
export const MAIN_BRANCH = 'main';

/** The site's name, shown in the header, titles and feeds. */
export const SITE_NAME = 'Day One';

/** The RSS feed's title, also the name browsers show for it. */
export const FEED_TITLE = `${SITE_NAME}: essays and case studies`;

/** One sentence on what the feed brings. */
export const FEED_DESCRIPTION =
	'New essays and case studies from the Day One handbook of customer obsession.';
