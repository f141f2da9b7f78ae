import { expect, test } from 'vitest';
import {
	pagesLinkedTo,
	principleGraph,
	shortLabel,
	type GraphInput,
} from '../../../src/reading/principleGraph.ts';

const page = (name: string, principles: string[]) => ({
	label: name,
	title: `${name} title`,
	href: `/${name}/`,
	principles,
});

const input: GraphInput = {
	principles: [
		{ id: 'obsession', label: 'Obsession', title: 'Obsession', href: '/obsession/' },
		{ id: 'invent', label: 'Invent', title: 'Invent', href: '/invent/' },
	],
	letters: [page('1997', ['obsession']), page('2006', []), page('2012', ['invent', 'obsession'])],
	caseStudies: [page('royalties', ['invent']), page('prime', ['obsession', 'invent'])],
	essays: [page('tough-love', ['obsession']), page('stray', ['no-such-principle'])],
};

test('every letter and page that names a principle is on the map, and only those', () => {
	const { groups } = principleGraph(input);
	expect(groups.letters.map((letter) => letter.label)).toEqual(['1997', '2012']);
	expect(groups.essays.map((essay) => essay.label)).toEqual(['tough-love']);
});

test('letters keep their order; pages sit nearest their principles', () => {
	const { groups } = principleGraph(input);
	// prime's principles average 0.5, royalties' 1: prime comes first although it came second.
	expect(groups.caseStudies.map((study) => study.label)).toEqual(['prime', 'royalties']);
});

test('there is one edge for each principle a page names, in the principles’ order', () => {
	expect(principleGraph(input).edges).toEqual([
		{ principle: 'obsession', href: '/1997/' },
		{ principle: 'obsession', href: '/2012/' },
		{ principle: 'obsession', href: '/prime/' },
		{ principle: 'obsession', href: '/tough-love/' },
		{ principle: 'invent', href: '/2012/' },
		{ principle: 'invent', href: '/prime/' },
		{ principle: 'invent', href: '/royalties/' },
	]);
});

test('the text alternative lists the pages linked to a principle, group by group', () => {
	const graph = principleGraph(input);
	expect(pagesLinkedTo(graph, 'invent', 'caseStudies').map((study) => study.href)).toEqual([
		'/prime/',
		'/royalties/',
	]);
	expect(pagesLinkedTo(graph, 'invent', 'essays')).toEqual([]);
});

test('the same input always gives the same graph', () => {
	expect(JSON.stringify(principleGraph(input))).toBe(JSON.stringify(principleGraph(input)));
});

test.each([
	{ title: 'Kindle: learning to build hardware for readers', label: 'Kindle' },
	{ title: 'Process as a proxy', label: 'Process as a proxy' },
	{ title: 'Ratio 2:1 stays whole', label: 'Ratio 2:1 stays whole' },
])('the label of "$title" is "$label"', ({ title, label }) => {
	expect(shortLabel(title)).toBe(label);
});
