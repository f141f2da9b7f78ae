import { expect, test } from 'vitest';
import { bodyCitationProblems } from '../../../src/checks/bodyCitations.ts';

const page = (body: string, listedSources = ['letter-2016']) => ({
	filePath: 'content/essays/x.mdx',
	body,
	listedSources,
});

test('a page whose citations all name listed sources has no problems', () => {
	expect(
		bodyCitationProblems(page('A fact <Cite source="letter-2016" />.'), ['letter-2016']),
	).toEqual([]);
});

test('each kind of citation mistake is named with its fix', () => {
	const [problem] = bodyCitationProblems(
		page(
			'<Cite /> <Cite source="letter-2019" /> <Quote source="letter-2012" inline>before we have to</Quote> “four words quoted here”',
		),
		['letter-2012', 'letter-2016'],
	);
	expect(problem!.lines).toMatchInlineSnapshot(`
		[
		  "<Cite> has no source attribute.",
		  "Fix: name the source, as in <Cite source="letter-2016" />.",
		  "<Cite source="letter-2019">: "letter-2019" is not a known source.",
		  "Expected one of: letter-2012, letter-2016.",
		  "Fix: use an id from content/sources/, or add content/sources/letter-2019.yaml first.",
		  "<Quote source="letter-2012">: the text cites "letter-2012" but the front matter's sources do not list it.",
		  "Fix: add letter-2012 to sources: [letter-2016, letter-2012].",
		  "The text quotes “four words quoted here” without a source.",
		  "Fix: wrap an exact quotation in <Quote source="<source id>" inline>…</Quote>, or paraphrase it without quotation marks.",
		]
	`);
});
