// Reads the facts chooseBrowser() decides on, from this machine. Shared by playwright.config.ts
// and scripts/ensure-browser.mjs so both see the same browser.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function hasCommand(name) {
	try {
		execSync(`command -v ${name}`, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** @returns {import('../src/lib/browserChoice.ts').BrowserFacts} */
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
		canAptInstall: process.getuid?.() === 0 && hasCommand('apt-get'),
	};
}
