/** What the machine offers for running the W3C checker, which is a Java program. */
export interface JavaFacts {
	/** Path of a `java` that runs: `$JAVA_HOME/bin/java` or the one on the PATH. */
	java?: string;
	/** True when running as root with apt-get on the PATH. */
	canAptInstall: boolean;
}

/** What to do: run a Java at a path, install Debian's, or stop and tell the reader. */
export type JavaChoice =
	| { action: 'use'; java: string }
	| { action: 'install'; command: string }
	| { action: 'stop'; message: string };

/** The apt command that installs a Java runtime without a display (the checker needs Java 17+). */
export const APT_INSTALL_JAVA = 'apt-get update && apt-get install -y default-jre-headless';

/** The sentences a reader without Java sees, naming the command that fixes it. */
export const NO_JAVA_MESSAGE = [
	'No Java was found, and the W3C HTML checker (vnu-jar) needs Java 17 or later.',
	'Install one, then run the tests again:',
	`  sudo sh -c '${APT_INSTALL_JAVA}'   (Debian or Ubuntu)`,
	'  or any Java 17+ runtime on the PATH, or JAVA_HOME pointing at one.',
].join('\n');

/**
 * Picks the Java for the W3C checker: one that is there, else install Debian's as root (as CI
 * runs), else explain what to run. vnu-jar's own fallback downloads Java from GitHub at install,
 * which a closed network cannot do, so the project decides here instead.
 */
export function chooseJava(facts: JavaFacts): JavaChoice {
	if (facts.java) return { action: 'use', java: facts.java };
	if (facts.canAptInstall) return { action: 'install', command: APT_INSTALL_JAVA };
	return { action: 'stop', message: NO_JAVA_MESSAGE };
}
