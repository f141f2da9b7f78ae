import { expect, test } from 'vitest';
import { themeSwitchLabel } from '../../../src/storage/themeSwitchLabel.ts';

test.each([
	{ current: 'light', label: 'Switch to dark theme' },
	{ current: 'dark', label: 'Switch to light theme' },
] as const)('on a $current page the switch says "$label"', ({ current, label }) => {
	expect(themeSwitchLabel(current)).toBe(label);
});
