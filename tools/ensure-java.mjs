// Makes sure a Java exists for the W3C HTML checker, installing Debian's where it can (as root, as
// CI runs); tools/ensure-browser.mjs does the same for the browser tests.
import { execSync } from 'node:child_process';
import { chooseJava, NO_JAVA_MESSAGE } from './lib/javaChoice.ts';
import { javaFacts } from './w3cChecker.mjs';

const choice = chooseJava(javaFacts());
if (choice.action === 'install') {
	console.log(`No Java found; installing Debian's for the W3C HTML checker: ${choice.command}`);
	try {
		execSync(choice.command, { stdio: 'inherit', shell: '/bin/bash' });
	} catch {
		console.error(`Installing Java failed (see apt-get's message above).\n${NO_JAVA_MESSAGE}`);
		process.exit(1);
	}
	if (chooseJava(javaFacts()).action !== 'use') {
		console.error(
			`Installing default-jre-headless did not put java on the PATH.\n${NO_JAVA_MESSAGE}`,
		);
		process.exit(1);
	}
} else if (choice.action === 'stop') {
	console.error(choice.message);
	process.exit(1);
}
