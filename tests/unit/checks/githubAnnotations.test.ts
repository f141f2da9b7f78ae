import { expect, test } from 'vitest';
import { githubAnnotations } from '../../../src/checks/githubAnnotations.ts';

test('each message becomes one annotation at its line and column, with its fix', () => {
	const problems = [
		{
			filePath: 'content/essays/a, b.mdx',
			lines: [
				'line 4, column 15: principles[0]: "x" is not a known entry of principles.',
				'Expected one of: customer-obsession.',
				'Fix: use an id from content/principles/.',
				'The image a.png has no alt text: ![](a.png)',
				'line 9: “…” repeats 6 words in a row from the 2016 letter (100%).',
			],
		},
	];
	expect(githubAnnotations(problems)).toEqual([
		'::error file=content/essays/a%2C b.mdx,line=4,col=15,title=Content error::principles[0]: "x" is not a known entry of principles.%0AExpected one of: customer-obsession.%0AFix: use an id from content/principles/.',
		'::error file=content/essays/a%2C b.mdx,line=1,col=1,title=Content error::The image a.png has no alt text: ![](a.png)',
		'::error file=content/essays/a%2C b.mdx,line=9,col=1,title=Content error::“…” repeats 6 words in a row from the 2016 letter (100%25).',
	]);
});
