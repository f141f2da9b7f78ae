// `npm run new -- <essay|case-study|principle|glossary|path> "Title"`: writes a new page to fill in.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ALL_COLLECTIONS } from '../src/lib/collections.ts';
import { scaffold } from '../src/lib/scaffold.ts';

const contentRoot = process.env.DAY_ONE_CONTENT ?? 'content';
const [kind = '', ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();

function idsIn(collection) {
	const folder = `${contentRoot}/${collection}`;
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => /\.(mdx?|ya?ml)$/.test(name) && !name.startsWith('_'))
		.map((name) => name.replace(/\.[^.]+$/, ''))
		.sort();
}

const ids = Object.fromEntries(ALL_COLLECTIONS.map((collection) => [collection, idsIn(collection)]));
const orders = ids.principles.map((id) => {
	// Only an `order:` line is needed here, so a glance at the file is enough.
	const file = readdirSync(`${contentRoot}/principles`).find((name) => name.startsWith(`${id}.`));
	return Number(/^order:\s*(\d+)/m.exec(readFileSync(`${contentRoot}/principles/${file}`, 'utf8'))?.[1] ?? 0);
});
const result = scaffold(kind, title, {
	today: new Date().toISOString().slice(0, 10),
	ids,
	lastPrincipleOrder: Math.max(0, ...orders),
});
if (!result.ok) {
	console.error(result.message);
	process.exit(1);
}
const path = result.path.replace(/^content\//, `${contentRoot}/`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, result.content, { flag: 'wx' });
console.log(`Created ${path}. Fill in the parts it marks, then preview with npm run dev.`);
