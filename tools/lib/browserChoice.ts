/** What the machine offers for running browser tests. */
export interface BrowserFacts {
	/** Path of Playwright's own Chromium, if it is installed. */
	playwrightChromium?: string;
	/** Paths of system browsers that exist, such as Debian's /usr/bin/chromium. */
	systemChromium?: string;
	/** True when running as root with apt-get on the PATH. */
	canAptInstall: boolean;
}

/** What to do: use a browser at a path, install Debian's chromium, or stop and tell the reader. */
export type BrowserChoice =
	| { action: 'use'; executablePath: string | undefined; source: 'playwright' | 'system' }
	| { action: 'install'; command: string }
	| { action: 'stop'; message: string };

/** The apt command that installs Debian's Chromium. */
export const APT_INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

/**
 * Picks the browser for end-to-end tests: Playwright's own Chromium where it is installed (a
 * laptop), else the system's Chromium, else install Debian's as root, else explain what to run.
 */
export function chooseBrowser(facts: BrowserFacts): BrowserChoice {
	if (facts.playwrightChromium)
		return { action: 'use', executablePath: undefined, source: 'playwright' };
	if (facts.systemChromium)
		return { action: 'use', executablePath: facts.systemChromium, source: 'system' };
	if (facts.canAptInstall) return { action: 'install', command: APT_INSTALL_CHROMIUM };
	return {
		action: 'stop',
		message: [
			'No browser for the end-to-end tests was found.',
			'Install one of these, then run npm test again:',
			'  npx playwright install chromium        (where downloads work)',
			`  sudo sh -c '${APT_INSTALL_CHROMIUM}'   (Debian or Ubuntu)`,
		].join('\n'),
	};
}
