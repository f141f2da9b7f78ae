// Runs the W3C Nu HTML checker (the vnu-jar package) on files, in one Java process: starting Java
// costs about 1.5 s, checking a page a few milliseconds. Shared by the site test
// (tests/site/w3c-validity.test.ts) and tools/ensure-java.mjs, so both find the same Java.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { canAptInstall, commandPath } from './aptInstall.mjs';
import { chooseJava, NO_JAVA_MESSAGE } from './lib/javaChoice.ts';

const require = createRequire(import.meta.url);
/** vnu.jar inside node_modules: the package's main export is its path. */
const VNU_JAR = String(require('vnu-jar'));

/**
 * The Java that vnu-jar's install script downloads where the machine has none and the network
 * allows (into node_modules/.cache); undefined where it did not.
 */
function downloadedJava() {
	try {
		return require('vnu-jar/vnu-java-downloader.js').findCachedJava() ?? undefined;
	} catch {
		return undefined;
	}
}

/** @returns {import('./lib/javaChoice.ts').JavaFacts} */
export function javaFacts() {
	const home = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
	return {
		java: home && existsSync(home) ? home : (commandPath('java') ?? downloadedJava()),
		canAptInstall: canAptInstall(),
	};
}

/** One run of vnu.jar with `options` over `files`: its JSON report, or a thrown reason. */
function vnu(java, options, files) {
	if (files.length === 0) return { messages: [] };
	// -XX:TieredStopAtLevel=1: the quick compiler only, which halves the CPU time of a run this
	// short (5 s of CPU against 12.5 s for 77 pages). It needs a deeper stack than Java's
	// default, or vnu stops with "StackOverflowError while evaluating HTML schema".
	const jvm = ['-Xss16m', '-XX:TieredStopAtLevel=1'];
	// --exit-zero-always: problems are read from the report; a non-zero exit then means vnu failed.
	const checker = ['--format', 'json', '--exit-zero-always', ...options];
	const run = spawnSync(java, [...jvm, '-jar', VNU_JAR, ...checker, ...files], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const failed = (why) =>
		new Error(`The W3C checker did not run (${java} -jar ${VNU_JAR}): ${why}`);
	if (run.error || run.status !== 0) throw failed(run.error?.message ?? run.stderr);
	// vnu writes its report to stderr unless told --stdout.
	try {
		return JSON.parse(run.stderr);
	} catch {
		throw failed(run.stderr.slice(0, 500));
	}
}

/**
 * The checker's JSON report on `files`: HTML and SVG pages, and CSS files by their extension.
 * Throws the install instructions when there is no Java, and the checker's own words when it
 * cannot run.
 * @param {string[]} files
 * @returns {import('./lib/w3cFindings.ts').VnuReport}
 */
export function runW3cChecker(files) {
	const choice = chooseJava(javaFacts());
	if (choice.action !== 'use') {
		throw new Error(choice.action === 'stop' ? choice.message : NO_JAVA_MESSAGE);
	}
	// CSS files get a run of their own: with --also-check-css, vnu 26.9.27 reports every HTML line
	// one too low. The CSS inside pages is checked in the HTML run either way.
	const css = files.filter((file) => file.endsWith('.css'));
	const others = files.filter((file) => !file.endsWith('.css'));
	return {
		messages: [
			...vnu(choice.java, ['--also-check-svg'], others).messages,
			...vnu(choice.java, ['--css'], css).messages,
		],
	};
}
