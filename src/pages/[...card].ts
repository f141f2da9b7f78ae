/**
 * Every page's social card, a 1200×630 PNG at `/og/<the page's address>.png`, drawn at build time
 * from `pageCards()`. Each page's head points to its own through `og:image`. Astro lists every
 * route's paths before it renders any page, so listing the cards starts drawing them all on
 * worker threads (`cardDrawing.ts`), and each card's turn here only waits for what is left.
 *
 * The file is named `[...card].ts`, not `[...card].png.ts`, for the order Astro renders routes
 * in: a route whose only segment is a rest parameter comes after every other, so the pages render
 * while the threads draw, and the cards come last, when most are done. Named with `.png`, the
 * route came first: the page thread waited on each card in turn before it rendered a page, and
 * the pages then rendered on one core while the other sat idle.
 *
 * With `SKIP_SOCIAL_CARDS=1` the route lists no card: the pages still point where each will be.
 */
import type { APIRoute } from 'astro';
import { pageCards, type PageCard } from '../cards/build/pageCards.ts';
import { drawCards, drawnCard, skipsCards } from '../cards/build/cardDrawing.ts';
import { loadSite } from '../model/build/loadSite.ts';
import { socialCardName } from '../model/urls.ts';

export async function getStaticPaths() {
	if (skipsCards()) return [];
	const cards = pageCards(await loadSite());
	drawCards(cards);
	return cards.map((card) => ({
		params: { card: socialCardName(card.page) },
		props: { card },
	}));
}

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) =>
	new Response(await drawnCard(props.card), { headers: { 'Content-Type': 'image/png' } });
