/** Settings a team that copies this handbook changes first. */

/** The repository authors open pull requests against; "Edit this page" links point into it. */
export const REPOSITORY_URL = 'https://github.com/day-one-handbook/day-one';

/** The branch the site is published from. */
export const MAIN_BRANCH = 'main';

/** The site's name, shown in the header, titles and feeds. */
export const SITE_NAME = 'Day One';

/** One sentence on what the handbook is, for tools that read it as text (`/llms.txt`). */
export const SITE_SUMMARY =
	"A handbook for new employees on customer obsession as Amazon's shareholder letters (1997 to 2018) describe it: its principles, case studies, essays, sources and glossary.";

/** The RSS feed's title, also the name browsers show for it. */
export const FEED_TITLE = `${SITE_NAME}: essays and case studies`;

/** One sentence on what the feed brings. */
export const FEED_DESCRIPTION =
	'New essays and case studies from the Day One handbook of customer obsession.';
