/**
 * Which pages have a social card and what each says: the home page, every list page, every entry
 * page, the search page, the map and the timeline. The card route draws them all; each page's head names its own. An
 * edge: it reads the loaded site. Computed once per build, then looked up by page.
 */
import { SITE_NAME } from '../../config.ts';
import {
	ALL_COLLECTIONS,
	COLLECTIONS,
	PAGE_COLLECTIONS,
	collectionRecord,
	describeEntry,
	type CollectionName,
} from '../../model/collections.ts';
import type { AnyEntry, Site } from '../../model/build/loadSite.ts';
import { SITE_PAGES } from '../../model/sitePages.ts';
import { collectionPath, entryPath, sitePath } from '../../model/urls.ts';
import { principleTitles } from '../../reading/build/furniture.ts';
import { cardText, type CardInput, type CardText } from '../cardText.ts';

/** A page's card: the page's root-relative address, and the card's text. */
export interface PageCard {
	page: string;
	text: CardText;
}

function card(page: string, input: Omit<CardInput, 'siteName'>): PageCard {
	return { page, text: cardText({ ...input, siteName: SITE_NAME }) };
}

function entryCard(site: Site, entry: AnyEntry): PageCard {
	const record = collectionRecord(entry.collection as CollectionName);
	const { title, lead } = describeEntry(entry.collection, entry as never);
	return card(entryPath(entry.collection, entry.id), {
		title,
		lead,
		kind: record.label.one,
		principles: principleTitles(site, entry),
		principlesLabel: record.principlesLabel,
	});
}

function siteCards(site: Site): Map<string, PageCard> {
	const { home, search, map, timeline } = SITE_PAGES;
	const cards = [
		card(sitePath('home'), { title: home.heading, lead: home.description, principles: [] }),
		...ALL_COLLECTIONS.map((collection) =>
			card(collectionPath(collection), {
				title: COLLECTIONS[collection].label.many,
				lead: COLLECTIONS[collection].introduction,
				principles: [],
			}),
		),
		...PAGE_COLLECTIONS.flatMap((collection) =>
			(site[collection] as AnyEntry[]).map((entry) => entryCard(site, entry)),
		),
		...(
			[
				['search', search],
				['map', map],
				['timeline', timeline],
			] as const
		).map(([name, text]) =>
			card(sitePath(name), { title: text.title, lead: text.description, principles: [] }),
		),
	];
	return new Map(cards.map((entry) => [entry.page, entry]));
}

const computed = new WeakMap<Site, Map<string, PageCard>>();

/** Every page's card, computed once per loaded site. */
export function pageCards(site: Site): PageCard[] {
	return [...cardsOf(site).values()];
}

/** The card of the page at `page` (root-relative); a page without one is a mistake in the code. */
export function cardFor(site: Site, page: string): PageCard {
	const found = cardsOf(site).get(page);
	if (!found) throw new Error(`No social card for the page ${page}: add it in pageCards.ts.`);
	return found;
}

function cardsOf(site: Site): Map<string, PageCard> {
	let cards = computed.get(site);
	if (!cards) {
		cards = siteCards(site);
		computed.set(site, cards);
	}
	return cards;
}
