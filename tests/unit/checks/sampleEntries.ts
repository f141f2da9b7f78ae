/** Content files as the checks receive them, for the checks' unit tests. */
import type { RawEntry } from '../../../src/checks/rawEntry.ts';

/** A valid principle with `body` as its text; `data` overrides its front matter. */
export function samplePrinciple(body = '', data: Record<string, unknown> = {}): RawEntry {
	return {
		collection: 'principles',
		id: 'customer-obsession',
		filePath: 'content/principles/customer-obsession.mdx',
		data: {
			title: 'Customer obsession',
			summary: 'Start from the customer.',
			order: 1,
			sources: ['letter-2016'],
			...data,
		},
		body,
	};
}
