/** Top-level folders whose paths the docs name and a test keeps true. */
const REPO_FOLDERS = ['src', 'content', 'tests', 'tools', 'docs', 'public', '.ci', '.github'];

/**
 * Repository paths a Markdown document names in code spans, such as `src/lib/x.ts` or
 * `content/<collection>/` (a placeholder in angle brackets ends the path before it).
 */
export function repoPathsIn(markdown: string): string[] {
	const paths = new Set<string>();
	for (const [, span] of markdown.matchAll(/`([^`\s]+)`/g)) {
		const path = span!.split('<')[0]!;
		const top = path.split('/')[0]!;
		if (path.includes('/') && REPO_FOLDERS.includes(top)) paths.add(path);
	}
	return [...paths].sort();
}
