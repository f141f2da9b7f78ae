/**
 * A reading path's steps as its content file lists them (content/paths/<id>.yaml), each with the
 * title of the page to read, so the browser tests can check the page against the source, not
 * against a count that an empty list would also meet.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const CONTENT = new URL('../../content/', import.meta.url);

export interface PathStep {
	/** The step's page as the path links it, such as `/principles/customer-obsession/`. */
	href: string;
	/** The title of the step's page, the text of its link. */
	title: string;
}

/** The front matter of an MDX page, `principles/customer-obsession` say, as plain data. */
export function frontMatter(page: string): Record<string, unknown> {
	const text = readFileSync(new URL(`${page}.mdx`, CONTENT), 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!match) throw new Error(`content/${page}.mdx has no front matter`);
	return parse(match[1]!) as Record<string, unknown>;
}

/** The steps of the path `id`, in the order the path gives them. */
export function pathSteps(id: string): PathStep[] {
	const path = parse(readFileSync(new URL(`paths/${id}.yaml`, CONTENT), 'utf8')) as {
		steps: Array<{ page: string }>;
	};
	return path.steps.map(({ page }) => {
		const { title } = frontMatter(page);
		if (typeof title !== 'string') throw new Error(`content/${page}.mdx has no title`);
		return { href: `/${page}/`, title };
	});
}

/**
 * The path page's list of steps: the list in the main content that holds the first step's link.
 * It has no name of its own; the breadcrumb and the section sidebar, the other lists there,
 * never link a step.
 */
export function stepList(page: Page, steps: PathStep[]): Locator {
	return page
		.getByRole('main')
		.getByRole('list')
		.filter({ has: page.getByRole('link', { name: steps[0]!.title, exact: true }) });
}

/** The path page lists exactly `steps`, in order, each a link to its page. */
export async function expectSteps(page: Page, steps: PathStep[]): Promise<void> {
	expect(steps.length, 'the path has steps in its content file').toBeGreaterThan(2);
	const list = stepList(page, steps);
	// The list's own items: a step's knowledge checks hold lists of their own.
	await expect(list.locator(':scope > li')).toHaveCount(steps.length);
	await expect(list.getByRole('link')).toHaveText(steps.map((step) => step.title));
	for (const step of steps) {
		await expect(list.getByRole('link', { name: step.title, exact: true })).toHaveAttribute(
			'href',
			step.href,
		);
	}
}
