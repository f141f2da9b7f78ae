import { expect, test } from 'vitest';
import { termRecord } from '../../../src/search/glossaryRecords.ts';
import { PAGE_WEIGHTS } from '../../../src/search/pageWeights.ts';

const record = termRecord({
	url: '/glossary/#proxy',
	term: 'Proxy',
	definition: 'Anything that stands in for what you care about, such as "a <survey>".',
	aliases: ['KPI', 'metric'],
	principles: ['A skeptical view of proxies'],
	type: 'Glossary term',
});

test('a term is indexed at its anchor, its name weighted as a term and its aliases as aliases', () => {
	expect(record.url).toBe('/glossary/#proxy');
	expect(record.html).toContain('<main data-pagefind-body>');
	expect(record.html).toContain(`<h1 data-pagefind-weight="${PAGE_WEIGHTS.term}">Proxy</h1>`);
	expect(record.html).toContain(
		`Also called: <span data-pagefind-weight="${PAGE_WEIGHTS.alias}">KPI, metric</span>`,
	);
});

test('its kind and principles are filters, and its text is escaped', () => {
	expect(record.html).toContain('data-pagefind-filter="type[content]" content="Glossary term"');
	expect(record.html).toContain(
		'data-pagefind-filter="principle[content]" content="A skeptical view of proxies"',
	);
	expect(record.html).toContain('such as &quot;a &lt;survey&gt;&quot;.');
});

test('a term without aliases has no "Also called" line', () => {
	const bare = termRecord({
		url: '/g/#x',
		term: 'X',
		definition: 'D.',
		aliases: [],
		principles: [],
		type: 'T',
	});
	expect(bare.html).not.toContain('Also called');
});
