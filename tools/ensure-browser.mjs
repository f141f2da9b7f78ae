// Makes sure a Chromium exists for the end-to-end tests, installing Debian's where it can.
import { ensureInstalled } from './aptInstall.mjs';
import { chooseBrowser } from './lib/browserChoice.ts';
import { browserFacts } from './browserFacts.mjs';

ensureInstalled({
	choose: () => chooseBrowser(browserFacts()),
	installing: (command) => `No Chromium found; installing Debian's: ${command}`,
	failed: (command) =>
		`Installing Chromium failed (see apt-get's message above). Install a browser, then run npm test again:\n  ${command}`,
	stillMissing: 'Installing chromium did not give a browser at /usr/bin/chromium.',
});
