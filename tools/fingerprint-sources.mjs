// `npm run fingerprints -- <brief folder>`: makes the fingerprints the quotation and originality
// checks compare pages against, from the team's source brief (a folder kept outside this
// repository, holding README.md, letters/<year>.txt and the blog-*.txt posts). The repository
// never carries the sources' text, only these hashes: src/checks/data/source-fingerprints.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../src/checks/sourceFingerprints.ts';

const OUT = 'src/checks/data/source-fingerprints.json';

/** The brief's blog posts, by the id of their entry in content/sources/. */
const BLOG_POSTS = {
	'blog-archives-for-customer-centric.txt': 'blog-customer-centric-archives',
	'blog-clearwave-what-is-your-business-focused-on.txt': 'blog-clearwave-business-focus',
	'blog-customer-focused-vs-competition-focused.txt': 'blog-customer-vs-competition-focused',
	'blog-customer-obsession-2009.txt': 'blog-customer-obsession-2009',
	'blog-what-is-customer-obsession.txt': 'blog-what-is-customer-obsession',
};

const brief = process.argv[2];
if (!brief || !existsSync(join(brief, 'letters'))) {
	console.error(
		'Usage: npm run fingerprints -- <brief folder>\n' +
			'The folder is the source brief: README.md, letters/<year>.txt and the blog-*.txt posts.',
	);
	process.exit(2);
}

/** @type {Record<string, string>} source id → its text */
const texts = {};
for (const name of readdirSync(join(brief, 'letters')).sort()) {
	const year = /^(\d{4})\.txt$/.exec(name)?.[1];
	if (year) texts[`letter-${year}`] = readFileSync(join(brief, 'letters', name), 'utf8');
}
for (const [file, id] of Object.entries(BLOG_POSTS)) {
	texts[id] = readFileSync(join(brief, file), 'utf8');
}
// The brief gives the Customer Obsession principle's exact words; quotations of it are checked too.
const principle = /exact text: "([^"]+)"/.exec(readFileSync(join(brief, 'README.md'), 'utf8'));
if (principle) texts['leadership-principles'] = principle[1];

const sources = Object.fromEntries(
	Object.keys(texts)
		.sort()
		.map((id) => [id, fingerprint(texts[id])]),
);
const about =
	'Hashes of the sources’ words (tools/fingerprint-sources.mjs): enough to check quotations and near-copies, not the text.';
writeFileSync(OUT, `${JSON.stringify({ about, sources }, null, '\t')}\n`);
const words = Object.values(sources).reduce((sum, source) => sum + source.words, 0);
console.log(`Wrote ${OUT}: ${Object.keys(sources).length} sources, ${words} words.`);
