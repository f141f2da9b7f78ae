/** What Pagefind reports after indexing a folder and writing its files. */
interface IndexReports {
	errors: string[];
	page_count: number;
}

/**
 * Everything wrong with an indexing run, as sentences. Pagefind returns no error for a missing or
 * empty folder, only `page_count: 0` (docs/stack-traps.md, trap 2), so that is a problem too.
 */
export function indexProblems(added: IndexReports, written: { errors: string[] }): string[] {
	const problems = [...added.errors, ...written.errors];
	if (added.errors.length === 0 && added.page_count === 0) {
		problems.push(
			'Pagefind found no pages to index. Check that the build wrote HTML pages and that each page marks its main content with data-pagefind-body.',
		);
	}
	return problems;
}
