import { expect, test } from 'vitest';
import { imageProblems } from '../../../src/checks/images.ts';

const page = (body: string) => ({ filePath: 'content/essays/x.mdx', body });

test('images with alt text, and pages without images, pass', () => {
	expect(imageProblems(page('No images here.'))).toEqual([]);
	expect(imageProblems(page('![A chart of Prime items](/chart.png)'))).toEqual([]);
	expect(imageProblems(page('<img src="a.png" alt="A chart" />'))).toEqual([]);
});

test('a markdown image without alt text names the image and shows how to describe it', () => {
	expect(imageProblems(page('Text ![](/chart.png "Prime") more.'))).toMatchInlineSnapshot(`
		[
		  {
		    "filePath": "content/essays/x.mdx",
		    "lines": [
		      "The image /chart.png has no alt text: ![](/chart.png "Prime")",
		      "Fix: describe the image between the brackets, as in ![A chart of Prime items by year](…).",
		    ],
		  },
		]
	`);
});

test('an <img> without alt text is a problem, with or without other attributes', () => {
	const [problem] = imageProblems(page('<img src="a.png" />\n<img>'));
	expect(problem!.lines).toEqual([
		'An <img> has no alt text: <img src="a.png" />',
		'Fix: add alt="…" describing the image (alt="" only for pure decoration).',
		'An <img> has no alt text: <img>',
		'Fix: add alt="…" describing the image (alt="" only for pure decoration).',
	]);
});
