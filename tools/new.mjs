// `npm run new -- <kind> "Title"` (kinds: principle, case-study, essay, path, glossary): writes a new page to fill in.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readContentFiles } from '../src/checks/build/readContentFiles.ts';
import { ALL_COLLECTIONS } from '../src/model/collections.ts';
import { scaffold, templateName } from './lib/scaffold.ts';

const contentRoot = process.env.DAY_ONE_CONTENT ?? 'content';
const [kind = '', ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();

// The same reading of content/ as the content guard's: ids are file names, order comes from front matter.
const entries = readContentFiles(resolve(contentRoot), process.cwd());
const ids = Object.fromEntries(
	ALL_COLLECTIONS.map((collection) => [
		collection,
		entries.filter((entry) => entry.collection === collection).map((entry) => entry.id),
	]),
);
const orders = entries
	.filter((entry) => entry.collection === 'principles')
	.map((entry) => Number(entry.data?.order) || 0);
// An unknown kind has no template; scaffold() says which kinds there are.
const templateFile = new URL(`templates/${templateName(kind) || 'none'}`, import.meta.url);
const template = existsSync(templateFile) ? readFileSync(templateFile, 'utf8') : '';
const result = scaffold(
	kind,
	title,
	{
		today: new Date().toISOString().slice(0, 10),
		ids,
		lastPrincipleOrder: Math.max(0, ...orders),
	},
	template,
);
if (!result.ok) {
	console.error(result.message);
	process.exit(1);
}
const path = result.path.replace(/^content\//, `${contentRoot}/`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, result.content, { flag: 'wx' });
console.log(`Created ${path}. Fill in the parts it marks, then preview with npm run dev.`);
