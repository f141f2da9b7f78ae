// Makes sure a Java exists for the W3C HTML checker, installing Debian's where it can (as root, as
// CI runs); tools/ensure-browser.mjs does the same for the browser tests.
import { ensureInstalled } from './aptInstall.mjs';
import { chooseJava, NO_JAVA_MESSAGE } from './lib/javaChoice.ts';
import { javaFacts } from './w3cChecker.mjs';

ensureInstalled({
	choose: () => chooseJava(javaFacts()),
	installing: (command) =>
		`No Java found; installing Debian's for the W3C HTML checker: ${command}`,
	failed: () => `Installing Java failed (see apt-get's message above).\n${NO_JAVA_MESSAGE}`,
	stillMissing: `Installing default-jre-headless did not put java on the PATH.\n${NO_JAVA_MESSAGE}`,
});
