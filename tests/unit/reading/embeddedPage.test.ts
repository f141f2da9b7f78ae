import { expect, test } from 'vitest';
import { embeddedPage } from '../../../src/reading/embeddedPage.ts';

test('ids, and the links and labels that point at them, get the prefix', () => {
	const html =
		'<h2 id="what-it-is">What it is</h2><p><a href="#what-it-is">up</a> <a href="/essays/x/#y">away</a></p><label for="q">Q</label><p aria-describedby="a b">x</p>';
	expect(embeddedPage(html, 'step-2')).toBe(
		'<h3 id="step-2-what-it-is">What it is</h3><p><a href="#step-2-what-it-is">up</a> <a href="/essays/x/#y">away</a></p><label for="step-2-q">Q</label><p aria-describedby="step-2-a step-2-b">x</p>',
	);
});

test.each([
	{ from: '<h2 class="x">A</h2>', to: '<h3 class="x">A</h3>' },
	{ from: '<h3>B</h3>', to: '<h4>B</h4>' },
	{ from: '<h5>C</h5>', to: '<h6>C</h6>' },
	{ from: '<header>D</header><hr>', to: '<header>D</header><hr>' },
])('headings move one level down: $from', ({ from, to }) => {
	expect(embeddedPage(from, 'p')).toBe(to);
});

test('a named section stops being a landmark, and its heading keeps a prefixed id', () => {
	expect(
		embeddedPage(
			'<section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2></section>',
			'step-1',
		),
	).toBe('<section class="sources"><h3 id="step-1-sources-heading">Sources</h3></section>');
});
