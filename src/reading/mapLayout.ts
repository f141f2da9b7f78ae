/**
 * Where everything on the map of the principles is drawn, in the SVG's own units (a unit is a CSS
 * pixel when the map is shown at its natural size). Three columns: the letters in year order on
 * the left, the principles in the middle, case studies and then essays on the right; each link is
 * a curve from a letter or page to its principle. Plain numbers in, plain numbers out: the same
 * graph always gives the same picture, rounded to whole units so the SVG stays small.
 */
import type { MapGroup, MapPage, PrincipleGraph } from './principleGraph.ts';

/**
 * The map's measures. Rows are tall enough that every link stays a 24 px target (WCAG 2.5.8) down
 * to 86% of natural size; the home page's reading column shows the map at about 88%. On narrower
 * screens the list beside the map offers the same links at full size.
 */
export const MAP_SIZES = {
	fontSize: 13,
	/** A generous guess at the width of one character of the system font at `fontSize`. */
	charWidth: 7,
	/** The same for the principles' bold labels. */
	boldCharWidth: 7.8,
	row: 28,
	/** Room above the columns for their headings. */
	top: 34,
	letterTextX: 44,
	letterDotX: 52,
	principleX: 180,
	principleHeight: 40,
	/** Between the principles' boxes and the pages' dots, where the curves run. */
	pageGap: 90,
	/** From a page's dot to its label. */
	labelGap: 9,
} as const;

/** A node's clickable box, and where its label sits. */
export interface NodeBox extends MapPage {
	x: number;
	y: number;
	width: number;
	height: number;
	textX: number;
	textY: number;
}

/** A principle's box, and all its links as one path (a curve per link). */
export interface PlacedPrinciple extends NodeBox {
	id: string;
	edges: string;
}

/** A letter or page: its box, and the dot its links end at. */
export interface PlacedPage extends NodeBox {
	group: MapGroup;
	dotX: number;
	dotY: number;
}

/** A column's heading: which group it names, and where. */
export interface PlacedHeading {
	group: MapGroup | 'principles';
	x: number;
	y: number;
	anchor: 'start' | 'middle';
}

/** The whole picture. */
export interface MapLayout {
	width: number;
	height: number;
	headings: PlacedHeading[];
	principles: PlacedPrinciple[];
	pages: PlacedPage[];
}

const S = MAP_SIZES;

/** The estimated width of a label, in units. */
function textWidth(text: string, charWidth: number = S.charWidth): number {
	return Math.ceil(text.length * charWidth);
}

/** Centres of `count` rows spread evenly from `top` to `bottom`. */
function spread(count: number, top: number, bottom: number): number[] {
	const step = (bottom - top) / count;
	return Array.from({ length: count }, (_, index) => Math.round(top + step * (index + 0.5)));
}

/** The right column: each group after the first starts with a heading row. */
function rightColumn(graph: PrincipleGraph, pageX: number) {
	const pages: PlacedPage[] = [];
	const headings: PlacedHeading[] = [];
	let row = 0;
	for (const group of ['caseStudies', 'essays'] as const) {
		const members = graph.groups[group];
		if (members.length === 0) continue;
		if (row > 0) row += 1;
		const headingY = row === 0 ? S.top - 14 : S.top + row * S.row - 9;
		headings.push({ group, x: pageX - 6, y: headingY, anchor: 'start' });
		for (const page of members) {
			const dotY = S.top + row * S.row + S.row / 2;
			const width = S.labelGap + textWidth(page.label) + 12;
			pages.push({
				...page,
				group,
				dotX: pageX,
				dotY,
				x: pageX - 6,
				y: dotY - S.row / 2,
				width,
				height: S.row,
				textX: pageX + S.labelGap,
				textY: dotY + 4,
			});
			row += 1;
		}
	}
	return { pages, headings, bottom: S.top + row * S.row };
}

/** The letters' column, spread over the map's height. */
function letterColumn(letters: MapPage[], bottom: number): PlacedPage[] {
	return spread(letters.length, S.top, bottom).map((dotY, index) => ({
		...letters[index]!,
		group: 'letters',
		dotX: S.letterDotX,
		dotY,
		x: 2,
		y: dotY - S.row / 2,
		width: S.letterDotX + 4,
		height: S.row,
		textX: S.letterTextX,
		textY: dotY + 4,
	}));
}

/** A curve from (x1, y1) to (x2, y2), leaving and arriving level. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
	const middle = Math.round((x1 + x2) / 2);
	return `M${x1} ${y1}C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}`;
}

/** Where on a box's side each of its links arrives: spread over the side, in the others' order. */
function arrivals(box: NodeBox, ends: PlacedPage[]): number[] {
	const inset = 8;
	const span = box.height - 2 * inset;
	if (ends.length === 1) return [box.y + box.height / 2];
	return ends.map((_, index) =>
		Math.round(box.y + inset + (span * index) / Math.max(1, ends.length - 1)),
	);
}

/** A principle's links: letters arrive on its left side, pages on its right. */
function principleEdges(box: NodeBox, linked: PlacedPage[]): string {
	const left = linked.filter((page) => page.group === 'letters');
	const right = linked.filter((page) => page.group !== 'letters');
	const leftY = arrivals(box, left);
	const rightY = arrivals(box, right);
	return [
		...left.map((page, index) => curve(page.dotX, page.dotY, box.x, leftY[index]!)),
		...right.map((page, index) => curve(box.x + box.width, rightY[index]!, page.dotX, page.dotY)),
	].join('');
}

/** Positions of every node, heading and link of the map. */
export function mapLayout(graph: PrincipleGraph): MapLayout {
	const principleWidth =
		Math.max(0, ...graph.principles.map((p) => textWidth(p.label, S.boldCharWidth))) + 24;
	const pageX = S.principleX + principleWidth + S.pageGap;
	const right = rightColumn(graph, pageX);
	const bottom = Math.max(right.bottom, S.top + S.principleHeight * graph.principles.length);
	const pages = [...letterColumn(graph.groups.letters, bottom), ...right.pages];
	const byHref = new Map(pages.map((page) => [page.href, page]));
	const principles = spread(graph.principles.length, S.top, bottom).map((centre, index) => {
		const principle = graph.principles[index]!;
		const box: NodeBox = {
			...principle,
			x: S.principleX,
			y: centre - S.principleHeight / 2,
			width: principleWidth,
			height: S.principleHeight,
			textX: S.principleX + principleWidth / 2,
			textY: centre + 4,
		};
		const linked = graph.edges
			.filter((edge) => edge.principle === principle.id)
			.map((edge) => byHref.get(edge.href)!)
			.sort((a, b) => a.dotY - b.dotY);
		return { ...box, id: principle.id, edges: principleEdges(box, linked) };
	});
	const width = Math.max(...pages.map((page) => page.x + page.width), pageX) + 4;
	const headings: PlacedHeading[] = [
		...(graph.groups.letters.length > 0
			? [{ group: 'letters', x: 4, y: S.top - 14, anchor: 'start' } as const]
			: []),
		{ group: 'principles', x: S.principleX + principleWidth / 2, y: S.top - 14, anchor: 'middle' },
		...right.headings,
	];
	return { width, height: bottom + 6, headings, principles, pages };
}
