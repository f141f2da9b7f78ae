import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules every page must pass: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA rules whose verdict depends on colour alone: all a page's second theme can break,
 * as the themes differ only in their colours (`src/styles/tokens.css`).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The page's WCAG 2.2 AA violations as it stands, one line each: rule and the elements that break it.
 * Legacy mode runs axe in the page itself: the default splits the run per frame and finishes it in
 * a second blank page, which costs more than the rules on a site with no cross-origin frames.
 * Only violations are wanted, so axe does not collect every passing node.
 */
export async function axeViolations(
	page: Page,
	tags: string[] = WCAG_22_AA,
	/** Only these rules, in place of every rule of `tags`. */
	rules?: string[],
): Promise<string[]> {
	// options() replaces every option, so it comes before withTags() or withRules(), which add one.
	const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(tags))
		.setLegacyMode(true)
		.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
