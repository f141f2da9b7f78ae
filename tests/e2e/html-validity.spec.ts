import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
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
	const files = readdirSync('dist', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
	expect(files.length).toBeGreaterThan(40);
	const errors: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const message of result.messages)
				errors.push(
					`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
				);
		}
	}
	expect(errors).toEqual([]);
});
