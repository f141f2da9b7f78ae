// Makes sure a Chromium exists for the end-to-end tests, installing Debian's where it can.
import { execSync } from 'node:child_process';
import { chooseBrowser } from './lib/browserChoice.ts';
import { browserFacts } from './browserFacts.mjs';

const choice = chooseBrowser(browserFacts());
if (choice.action === 'install') {
	console.log(`No Chromium found; installing Debian's: ${choice.command}`);
	try {
		execSync(choice.command, { stdio: 'inherit', shell: '/bin/bash' });
	} catch {
		console.error(
			`Installing Chromium failed (see apt-get's message above). Install a browser, then run npm test again:\n  ${choice.command}`,
		);
		process.exit(1);
	}
	const after = chooseBrowser(browserFacts());
	if (after.action !== 'use') {
		console.error('Installing chromium did not give a browser at /usr/bin/chromium.');
		process.exit(1);
	}
} else if (choice.action === 'stop') {
	console.error(choice.message);
	process.exit(1);
}
