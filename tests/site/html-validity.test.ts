/** Every built page is valid HTML: html-validate's recommended rules over dist/, one test per page. */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles } from '../build/readBuiltSite.ts';
import { builtSite } from './dist.ts';

const DIST = builtSite();

const validator = new HtmlValidate(
	new FileSystemConfigLoader({
		extends: ['html-validate:recommended'],
		// Checkboxes that share a name are how a GET form sends several values (type=Essay&type=…),
		// as the search filters do; HTML allows it, the rule only expects it of radio buttons.
		rules: {
			'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		},
	}),
);
const files = builtHtmlFiles(DIST);

test('the build wrote every page', () => {
	expect(files.length).toBeGreaterThan(40);
});

describe('valid HTML (html-validate, recommended rules)', () => {
	test.each(files.map((file) => [relative(DIST, file), file]))('%s', async (name, file) => {
		const report = await validator.validateFile(file);
		const errors = report.results.flatMap((result) =>
			result.messages.map(
				(message) =>
					`${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
			),
		);
		expect(errors).toEqual([]);
	});
});
