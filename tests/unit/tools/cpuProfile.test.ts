import { expect, test } from 'vitest';
import {
	otherLabel,
	timeByLabel,
	type CpuProfile,
	type ProfileFrame,
} from '../../../tools/lib/cpuProfile.ts';

const frame = (url: string, functionName = 'f'): ProfileFrame => ({
	url,
	functionName,
	lineNumber: 0,
	columnNumber: 0,
});

// root → ourCard (src/cards) → satori (a library); root → astro (the stack); root → (idle)
const profile: CpuProfile = {
	nodes: [
		{ id: 1, callFrame: frame('', '(root)'), children: [2, 4, 5] },
		{ id: 2, callFrame: frame('src/cards/drawCard.ts'), children: [3] },
		{ id: 3, callFrame: frame('node_modules/satori/dist/index.js') },
		{ id: 4, callFrame: frame('node_modules/astro/dist/render.js') },
		{ id: 5, callFrame: frame('', '(idle)') },
	],
	samples: [3, 3, 2, 4, 5, 5],
	timeDeltas: [0, 1000, 1000, 1000, 2000, 3000],
};

const labelOf = (at: ProfileFrame) =>
	at.url.startsWith('src/')
		? { own: true, label: at.url }
		: { own: false, label: otherLabel(at.url, at.functionName) };

test('a library’s samples count against the code of ours that called it, others against their group', () => {
	expect(timeByLabel(profile, labelOf)).toEqual([
		['src/cards/drawCard.ts', 3],
		['waiting (idle)', 3],
		['Astro, Vite and MDX', 2],
	]);
});

test('a sample lasts until the next one, so the times add up to the profile’s length', () => {
	const total = timeByLabel(profile, labelOf).reduce((sum, [, ms]) => sum + ms, 0);
	expect(total).toBe((1000 + 1000 + 1000 + 2000 + 3000) / 1000);
});

test.each([
	['node_modules/vite/dist/node/chunks/dep.js', '', 'Astro, Vite and MDX'],
	['node_modules/@astrojs/mdx/dist/index.js', '', 'Astro, Vite and MDX'],
	['node_modules/@resvg/resvg-js/index.js', '', '@resvg/resvg-js'],
	['node:internal/fs/promises', '', 'Node'],
	['wasm://wasm/0012', '', 'WebAssembly'],
	['', '(garbage collector)', 'garbage collection'],
	['', '(program)', 'V8 and Node'],
	['', 'writeFileUtf8', 'Node (native)'],
	['/somewhere/else.js', '', 'other'],
])('code at %j (%j) is grouped as %j', (location, functionName, label) => {
	expect(otherLabel(location, functionName)).toBe(label);
});
