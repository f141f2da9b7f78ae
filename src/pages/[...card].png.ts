/**
 * Every page's social card, a 1200×630 PNG at `/og/<the page's address>.png`, drawn at build time
 * from `pageCards()`. Each page's head points to its own through `og:image`.
 */
import type { APIRoute } from 'astro';
import { pageCards, type PageCard } from '../cards/build/pageCards.ts';
import { renderCard } from '../cards/build/renderCard.ts';
import { loadSite } from '../model/build/loadSite.ts';
import { socialCardName } from '../model/urls.ts';

export async function getStaticPaths() {
	return pageCards(await loadSite()).map((card) => ({
		params: { card: socialCardName(card.page) },
		props: { card },
	}));
}

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) =>
	new Response(await renderCard(props.card.text), { headers: { 'Content-Type': 'image/png' } });
