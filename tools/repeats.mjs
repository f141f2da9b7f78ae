// `npm run repeats`: the passages two pages of the handbook share closely (a sentence repeated
// nearly word for word, or a paragraph retold with the same words), for authors and reviewers
// to turn into a sentence and a link. The corpus test fails on any of them
// (tests/content/repetition.test.ts); this lists them with their lines.
import { contentFolder, readContentFiles } from '../src/checks/build/readContentFiles.ts';
import { sharedPassages } from '../src/checks/sharedPassages.ts';

const root = process.cwd();
const pages = readContentFiles(contentFolder(root), root)
	.filter((entry) => entry.body)
	.map((entry) => ({ filePath: entry.filePath, body: entry.body }));
const shared = sharedPassages(pages);
for (const passage of shared) {
	const how =
		passage.kind === 'sentence'
			? `shares the words “${passage.likeness}”`
			: `retells a paragraph (${Math.round(Number(passage.likeness) * 100)}% of its content-word pairs)`;
	console.log(
		`${passage.first.filePath}:${passage.first.line} and ${passage.second.filePath}:${passage.second.line} ${how}`,
	);
	console.log(`  “${passage.first.excerpt}”`);
}
console.log(
	`${pages.length} pages compared: ${shared.length === 0 ? 'no passage is told twice' : `${shared.length} shared passages`}.`,
);
process.exitCode = shared.length === 0 ? 0 : 1;
