import { expect, test } from 'vitest';
import { APT_INSTALL_CHROMIUM, chooseBrowser } from '../../../tools/lib/browserChoice.ts';

test("Playwright's own Chromium wins where it is installed", () => {
	expect(
		chooseBrowser({
			playwrightChromium: '/root/.cache/ms-playwright/chrome',
			systemChromium: '/usr/bin/chromium',
			canAptInstall: true,
		}),
	).toEqual({ action: 'use', executablePath: undefined, source: 'playwright' });
});

test("the system's Chromium is used where Playwright has none", () => {
	expect(chooseBrowser({ systemChromium: '/usr/bin/chromium', canAptInstall: false })).toEqual({
		action: 'use',
		executablePath: '/usr/bin/chromium',
		source: 'system',
	});
});

test("Debian's chromium is installed where there is no browser and apt-get can run as root", () => {
	expect(chooseBrowser({ canAptInstall: true })).toEqual({
		action: 'install',
		command: APT_INSTALL_CHROMIUM,
	});
});

test('with no browser and no way to install one, the reader is told what to run', () => {
	const choice = chooseBrowser({ canAptInstall: false });
	expect(choice.action).toBe('stop');
	expect(choice.action === 'stop' && choice.message).toContain('npx playwright install chromium');
});
