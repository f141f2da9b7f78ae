import { expect, test } from 'vitest';
import { escapeHtml } from '../../../src/search/escapeHtml.ts';

test('markup characters and double quotes are escaped, other text kept', () => {
	expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
		"&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;",
	);
});
