// Installing a program the tests need from Debian's packages, where the machine allows it (as
// root with apt-get, as CI runs). Shared by tools/ensure-browser.mjs and tools/ensure-java.mjs:
// each decides what it needs with a pure choice (tools/lib/), and this carries the choice out.
import { execSync } from 'node:child_process';

/** The path of the command `name` on the PATH, or undefined. */
export function commandPath(name) {
	try {
		return (
			execSync(`command -v ${name}`, { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined
		);
	} catch {
		return undefined;
	}
}

/** True when running as root with apt-get on the PATH. */
export function canAptInstall() {
	return process.getuid?.() === 0 && Boolean(commandPath('apt-get'));
}

/**
 * Carries out `choose()`'s choice: nothing to do when it says "use"; runs its apt command when it
 * says "install", then asks again; exits with its message when it says "stop". The other messages
 * name what was being installed and what to do instead.
 * @param {{
 *   choose: () => { action: 'use' } | { action: 'install'; command: string } | { action: 'stop'; message: string },
 *   installing: (command: string) => string,
 *   failed: (command: string) => string,
 *   stillMissing: string,
 * }} how
 */
export function ensureInstalled({ choose, installing, failed, stillMissing }) {
	const choice = choose();
	if (choice.action === 'install') {
		console.log(installing(choice.command));
		try {
			execSync(choice.command, { stdio: 'inherit', shell: '/bin/bash' });
		} catch {
			console.error(failed(choice.command));
			process.exit(1);
		}
		if (choose().action !== 'use') {
			console.error(stillMissing);
			process.exit(1);
		}
	} else if (choice.action === 'stop') {
		console.error(choice.message);
		process.exit(1);
	}
}
