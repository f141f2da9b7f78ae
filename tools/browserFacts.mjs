// Reads the facts chooseBrowser() decides on, from this machine. Shared by playwright.config.ts
// and tools/ensure-browser.mjs so both see the same browser.
import { existsSync } from 'node:fs';
import { canAptInstall } from './aptInstall.mjs';
import { chromium } from '@playwright/test';
import { chooseBrowser } from './lib/browserChoice.ts';

/**
 * Flags for a system Chromium: as root it needs --no-sandbox; the rest stop it calling home on a
 * closed network. Playwright's own Chromium needs none of them.
 */
export const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** The browser to launch and its flags, as playwright.config.ts and the benchmark scripts use them. */
export function browserLaunch() {
	const choice = chooseBrowser(browserFacts());
	if (choice.action !== 'use') return undefined;
	return {
		executablePath: choice.executablePath,
		args: choice.executablePath ? SYSTEM_CHROMIUM_ARGS : [],
	};
}

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {import('./lib/browserChoice.ts').BrowserFacts} */
export function browserFacts() {
	let playwrightChromium;
	try {
		const path = chromium.executablePath();
		if (path && existsSync(path)) playwrightChromium = path;
	} catch {
		// Playwright throws when its browsers were never downloaded: that only means "not installed".
	}
	return {
		playwrightChromium,
		systemChromium: SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path)),
		canAptInstall: canAptInstall(),
	};
}
