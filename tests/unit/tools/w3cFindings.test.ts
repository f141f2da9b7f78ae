import { expect, test } from 'vitest';
import { isCheckerMisreading, w3cFindings } from '../../../tools/lib/w3cFindings.ts';

const PAGE = 'file:/site/dist/index.html';

test('errors and warnings are grouped by page, with line, column, kind and nearby source', () => {
	const findings = w3cFindings({
		messages: [
			{
				type: 'error',
				url: PAGE,
				lastLine: 1,
				firstColumn: 8273,
				message: 'Stray start tag “script”.',
				extract: '</body></html><script type="module" src="/a.js">',
			},
			{
				type: 'error',
				subType: 'fatal',
				url: PAGE,
				lastLine: 1,
				firstColumn: 8273,
				message: 'Cannot recover.',
			},
			{
				type: 'info',
				subType: 'warning',
				url: 'file:/site/dist/a.html',
				firstLine: 2,
				lastLine: 3,
				firstColumn: 5,
				message: 'Consider adding a “lang” attribute.',
			},
		],
	});
	expect(Object.fromEntries(findings)).toMatchInlineSnapshot(`
		{
		  "file:/site/dist/a.html": [
		    "2:5 warning: Consider adding a “lang” attribute.",
		  ],
		  "file:/site/dist/index.html": [
		    "1:8273 error: Stray start tag “script”. (near: </body></html><script type="module" src="/a.js">)",
		    "1:8273 fatal error: Cannot recover.",
		  ],
		}
	`);
});

test('plain info notes are not problems', () => {
	const findings = w3cFindings({
		messages: [
			{
				type: 'info',
				url: PAGE,
				lastLine: 1,
				message: 'Trailing slash on void elements has no effect.',
			},
		],
	});
	expect(findings.size).toBe(0);
});

test('a problem with no document, such as a file that cannot be read, is still reported', () => {
	const findings = w3cFindings({
		messages: [{ type: 'non-document-error', subType: 'io', message: 'File not found.' }],
	});
	expect(findings.get('(no document)')).toEqual(['0:0 non-document-error: File not found.']);
});

test.each([
	{
		message:
			'Resource violates Content Security Policy (meta tag): external script “/_astro/Search.js” blocked by “script-src” directive.',
		misreading: true,
	},
	{
		message:
			'Resource violates Content Security Policy (meta tag): external stylesheet “/_astro/Base.css” blocked by “style-src” directive.',
		misreading: true,
	},
	{
		message:
			'Resource violates Content Security Policy (meta tag): external script “//cdn.example/a.js” blocked by “script-src” directive.',
		misreading: false,
	},
	{
		message:
			'Resource violates Content Security Policy (meta tag): external script “https://cdn.example/a.js” blocked by “script-src” directive.',
		misreading: false,
	},
	{
		message:
			'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
		misreading: true,
	},
	{
		message:
			'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
		misreading: false,
	},
	{ message: 'Stray start tag “script”.', misreading: false },
])('$message is a known misreading: $misreading', ({ message, misreading }) => {
	expect(isCheckerMisreading(message)).toBe(misreading);
});

test('a known misreading is left out of the findings', () => {
	const findings = w3cFindings({
		messages: [
			{
				type: 'info',
				subType: 'warning',
				url: PAGE,
				lastLine: 1,
				message:
					'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive.',
			},
		],
	});
	expect(findings.size).toBe(0);
});
