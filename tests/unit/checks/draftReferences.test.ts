import { expect, test } from 'vitest';
import { findBrokenReferences } from '../../../src/checks/contentReferences.ts';
import { draftReferenceProblems } from '../../../src/checks/draftReferences.ts';
import type { ParsedEntry } from '../../../src/checks/rawEntry.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const essay = (id: string, data: Record<string, unknown> = {}): ParsedEntry => ({
	collection: 'essays',
	id,
	filePath: `content/essays/${id}.mdx`,
	data: { title: id, ...data },
	body: '',
});
const path = (page: string): ParsedEntry => ({
	collection: 'paths',
	id: 'p',
	filePath: 'content/paths/p.yaml',
	data: { title: 'P', steps: [{ page: ref('essays', page), minutes: 5 }] },
	body: '',
});

test('a published page that points to a draft is told so, with the fix', () => {
	const parsed = [essay('wip', { draft: true }), path('wip')];
	expect(draftReferenceProblems(parsed, [], findBrokenReferences(parsed))).toEqual([
		{
			filePath: 'content/paths/p.yaml',
			lines: [
				'steps[0].page: "wip" is a draft (draft: true in content/essays/wip.mdx), so it is not published and this link would break.',
				'Fix: publish that page (remove draft: true), or point to a published page.',
			],
		},
	]);
});

test('a draft may point to a draft, and a published page to a published one', () => {
	const parsed = [
		essay('wip', { draft: true }),
		essay('notes', { draft: true, related: [ref('essays', 'wip')] }),
		essay('done'),
		path('done'),
	];
	expect(draftReferenceProblems(parsed, [], findBrokenReferences(parsed))).toEqual([]);
});

test('a reference already reported as broken is not reported again as a draft', () => {
	const parsed = [essay('done'), path('missing')];
	const broken = findBrokenReferences(parsed);
	expect(broken).toHaveLength(1);
	expect(draftReferenceProblems(parsed, [], broken)).toEqual([]);
});
