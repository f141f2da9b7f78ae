import { expect, test } from 'vitest';
import { MAP_SIZES, mapLayout, type NodeBox } from '../../../src/reading/mapLayout.ts';
import { principleGraph, type NamingPage } from '../../../src/reading/principleGraph.ts';

const ids = ['obsession', 'proxies', 'trends', 'decisions', 'backwards', 'invent'];
const pages = (prefix: string, count: number): NamingPage[] =>
	Array.from({ length: count }, (_, index) => ({
		label: `${prefix} ${index} with a longer label`,
		title: `${prefix} ${index}`,
		href: `/${prefix}-${index}/`,
		// Each page names one to three principles, spread over all six.
		principles: ids.filter((_, rank) => (rank + index) % 4 === 0 || rank === index % 6),
	}));
const graph = principleGraph({
	principles: ids.map((id) => ({ id, label: `The ${id} principle`, title: id, href: `/${id}/` })),
	letters: pages('letter', 19),
	caseStudies: pages('case', 12),
	essays: pages('essay', 19),
});
const layout = mapLayout(graph);
const overlap = (a: NodeBox, b: NodeBox) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the same graph always gives the same picture', () => {
	expect(JSON.stringify(mapLayout(graph))).toBe(JSON.stringify(layout));
});

test('every node is on the map, with its whole box inside the picture', () => {
	const nodes = [...layout.principles, ...layout.pages];
	expect(nodes).toHaveLength(6 + 19 + 12 + 19);
	for (const node of nodes) {
		expect(node.x).toBeGreaterThanOrEqual(0);
		expect(node.y).toBeGreaterThanOrEqual(0);
		expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
		expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
	}
});

test('no two nodes overlap, and every link is at least one row tall', () => {
	const nodes = [...layout.principles, ...layout.pages];
	for (const [index, node] of nodes.entries()) {
		expect(node.height).toBeGreaterThanOrEqual(MAP_SIZES.row);
		for (const other of nodes.slice(index + 1)) expect(overlap(node, other), node.href).toBe(false);
	}
});

test('letters run down the left in their order, pages down the right in the graph’s', () => {
	const column = (group: string) => layout.pages.filter((page) => page.group === group);
	const letters = column('letters');
	expect(letters.map((letter) => letter.href)).toEqual(graph.groups.letters.map((l) => l.href));
	expect(letters.every((letter, index) => index === 0 || letter.y > letters[index - 1]!.y)).toBe(
		true,
	);
	const right = [...column('caseStudies'), ...column('essays')];
	expect(right.map((page) => page.href)).toEqual(
		[...graph.groups.caseStudies, ...graph.groups.essays].map((page) => page.href),
	);
	const principlesRight = Math.max(...layout.principles.map((p) => p.x + p.width));
	expect(Math.max(...letters.map((l) => l.x + l.width))).toBeLessThan(layout.principles[0]!.x);
	expect(Math.min(...right.map((page) => page.x))).toBeGreaterThan(principlesRight);
});

test('each principle draws one curve per edge, from the page’s dot to the principle’s box', () => {
	for (const principle of layout.principles) {
		const edges = graph.edges.filter((edge) => edge.principle === principle.id);
		const curves = principle.edges.match(/M[^M]+/g) ?? [];
		expect(curves).toHaveLength(edges.length);
		for (const edge of edges) {
			const end = layout.pages.find((page) => page.href === edge.href)!;
			const dot = `${end.dotX} ${end.dotY}`;
			expect(curves.some((curve) => curve.startsWith(`M${dot}C`) || curve.endsWith(dot))).toBe(
				true,
			);
		}
	}
});

test('paths use whole numbers only, which keeps the inline SVG small', () => {
	const numbers = layout.principles.flatMap((principle) => principle.edges.match(/[\d.]+/g)!);
	expect(numbers.filter((number) => number.includes('.'))).toEqual([]);
});

test('each column has its heading above its first node', () => {
	expect(layout.headings.map((heading) => heading.group)).toEqual([
		'letters',
		'principles',
		'caseStudies',
		'essays',
	]);
	const firstEssay = layout.pages.find((page) => page.group === 'essays')!;
	const essays = layout.headings.find((heading) => heading.group === 'essays')!;
	expect(essays.y).toBeLessThan(firstEssay.y + firstEssay.height / 2);
	expect(essays.y).toBeGreaterThan(firstEssay.y - MAP_SIZES.row);
});

test('a handbook with no principles yet gives an empty picture, not a broken one', () => {
	const empty = mapLayout(
		principleGraph({ principles: [], letters: pages('letter', 2), caseStudies: [], essays: [] }),
	);
	expect(empty.principles).toEqual([]);
	expect(empty.pages).toEqual([]);
	expect(Number.isFinite(empty.width) && Number.isFinite(empty.height)).toBe(true);
});
