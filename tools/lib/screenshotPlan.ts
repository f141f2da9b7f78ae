/**
 * Which screenshots the README shows: the first screen of each kind of page, on a phone and on a
 * laptop, in the light theme. `tools/screenshots.mjs` takes them; a unit test checks that the
 * README shows every one, so the pictures and the page that shows them cannot drift apart.
 */

/** A kind of page and the page that stands for it. */
export interface Shot {
	/** The kind of page, as the file name and the README's caption use it. */
	kind: string;
	/** The page's address on the built site, query included. */
	path: string;
	/** Text the page shows once it is ready to be taken (search results come after a script). */
	ready?: RegExp;
}

/** One page of each kind, as a new employee would meet it. */
export const SHOTS: readonly Shot[] = [
	{ kind: 'home', path: '/' },
	{ kind: 'essay', path: '/essays/process-as-a-proxy/' },
	{ kind: 'principle', path: '/principles/customer-obsession/' },
	{ kind: 'case-study', path: '/case-studies/amazon-prime/' },
	{ kind: 'path', path: '/paths/thirty-minute-introduction/' },
	{ kind: 'glossary', path: '/glossary/' },
	{ kind: 'search', path: '/search/?q=prime', ready: /\d+ pages? match “prime”/ },
];

/** The two screens of the issue that asked for the pictures (#17): a phone and a laptop. */
export const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'laptop', width: 1280, height: 800 },
] as const;

/** Where the screenshots go, relative to the project. */
export const SCREENSHOT_FOLDER = 'docs/images/screens';

/** The file of one screenshot, relative to the project. */
export function screenshotFile(kind: string, viewport: string): string {
	return `${SCREENSHOT_FOLDER}/${kind}-${viewport}.png`;
}

/** Every file the plan writes, in order: each kind on the phone, then on the laptop. */
export function screenshotFiles(): string[] {
	return SHOTS.flatMap((shot) =>
		VIEWPORTS.map((viewport) => screenshotFile(shot.kind, viewport.name)),
	);
}
