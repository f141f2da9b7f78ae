/**
 * Who is connected to whom on the map of the principles: each principle, the letters that state
 * it (a letter's own `principles`, as on the principle's "Through the letters"), and the case
 * studies and essays that name it (their `principles`). Computed from the content, never kept by hand.
 */

/** A page as the map shows it: a short label, its full title (the link's name) and its address. */
export interface MapPage {
	label: string;
	title: string;
	href: string;
}

/** A letter, case study or essay, with the ids of the principles it names. */
export interface NamingPage extends MapPage {
	principles: string[];
}

/** The groups of pages around the principles, in the order the map draws them. */
export const MAP_GROUPS = ['letters', 'caseStudies', 'essays'] as const;
export type MapGroup = (typeof MAP_GROUPS)[number];

/** What the map is drawn from: principles in the site's order, the rest in theirs. */
export interface GraphInput {
	principles: Array<MapPage & { id: string }>;
	letters: NamingPage[];
	caseStudies: NamingPage[];
	essays: NamingPage[];
}

/** One link on the map, between a principle (by id) and a page (by address). */
export interface MapEdge {
	principle: string;
	href: string;
}

/** The map's nodes, by column, and its edges. */
export interface PrincipleGraph {
	principles: Array<MapPage & { id: string }>;
	/** Only pages that name at least one principle on the map. */
	groups: Record<MapGroup, MapPage[]>;
	/** Edges in the order of the principles, then of the pages. */
	edges: MapEdge[];
}

/**
 * The short label of a title such as "Kindle: learning to build hardware for readers": the part
 * before the colon, so the map stays narrow; the full title remains the link's name.
 */
export function shortLabel(title: string): string {
	const [head] = title.split(/:\s/, 1);
	return head!.trim();
}

/** The mean position of the principles a page names, so pages sit near their principles. */
function centre(page: NamingPage, rank: Map<string, number>): number {
	const ranks = page.principles.map((id) => rank.get(id)!);
	return ranks.reduce((sum, value) => sum + value, 0) / ranks.length;
}

/**
 * Pages of a group that name a known principle, keeping only the known ones. Case studies and
 * essays are ordered by where their principles sit (fewer crossing lines), ties in their own
 * order; letters keep theirs, which is time.
 */
function placedPages(pages: NamingPage[], rank: Map<string, number>, byCentre: boolean) {
	const known = pages
		.map((page) => ({ ...page, principles: page.principles.filter((id) => rank.has(id)) }))
		.filter((page) => page.principles.length > 0);
	if (!byCentre) return known;
	return known
		.map((page, index) => ({ page, index, centre: centre(page, rank) }))
		.sort((a, b) => a.centre - b.centre || a.index - b.index)
		.map(({ page }) => page);
}

/** The map's nodes and edges from the content's own `principles` fields. */
export function principleGraph(input: GraphInput): PrincipleGraph {
	const rank = new Map(input.principles.map((principle, index) => [principle.id, index]));
	const placed = Object.fromEntries(
		MAP_GROUPS.map((group) => [group, placedPages(input[group], rank, group !== 'letters')]),
	) as Record<MapGroup, NamingPage[]>;
	const edges = input.principles.flatMap((principle) =>
		MAP_GROUPS.flatMap((group) =>
			placed[group]
				.filter((page) => page.principles.includes(principle.id))
				.map((page) => ({ principle: principle.id, href: page.href })),
		),
	);
	const groups = Object.fromEntries(
		MAP_GROUPS.map((group) => [
			group,
			placed[group].map(({ label, title, href }) => ({ label, title, href })),
		]),
	) as Record<MapGroup, MapPage[]>;
	return { principles: input.principles, groups, edges };
}

/** The pages of `group` linked to one principle, in the map's order: the text alternative's lists. */
export function pagesLinkedTo(
	graph: PrincipleGraph,
	principleId: string,
	group: MapGroup,
): MapPage[] {
	const linked = new Set(
		graph.edges.filter((edge) => edge.principle === principleId).map((edge) => edge.href),
	);
	return graph.groups[group].filter((page) => linked.has(page.href));
}
