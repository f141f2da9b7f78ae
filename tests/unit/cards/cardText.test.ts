import { expect, test } from 'vitest';
import { cardText, type CardInput } from '../../../src/cards/cardText.ts';

const essay: CardInput = {
	title: 'Process as a proxy',
	kind: 'Essay',
	principles: ['A skeptical view of proxies'],
	principlesLabel: 'Discusses',
	lead: 'When following the process becomes the goal, the customer drops out of view.',
	siteName: 'Day One',
};

const SIX_PRINCIPLES = [
	'Customer obsession',
	'A skeptical view of proxies',
	'Embrace external trends',
	'High-velocity decision making',
	'Work backwards from the customer',
	'Invent before you have to',
];

test('a card shows the kind, the title, the principles the page names and the handbook', () => {
	expect(cardText(essay)).toMatchInlineSnapshot(`
		{
		  "alt": "Essay: Process as a proxy. Discusses A skeptical view of proxies. Day One.",
		  "detailLabel": "Discusses",
		  "detailLines": [
		    "A skeptical view of proxies",
		  ],
		  "footer": "Day One",
		  "kind": "Essay",
		  "titleLines": [
		    "Process as a proxy",
		  ],
		  "titleSize": 76,
		}
	`);
});

test.each([
	{ words: 2, size: 76, lines: 1 },
	{ words: 4, size: 76, lines: 2 },
	{ words: 9, size: 64, lines: 3 },
	{ words: 12, size: 52, lines: 4 },
])('a title of $words words is drawn at $size px on $lines line(s)', ({ words, size, lines }) => {
	const title = Array.from({ length: words }, () => 'customer').join(' ');
	const card = cardText({ ...essay, title });
	expect(card.titleSize).toBe(size);
	expect(card.titleLines).toHaveLength(lines);
	expect(card.titleLines.join(' ')).toBe(title);
});

test('a title too long for four lines is cut at a word and ends with an ellipsis', () => {
	const title = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
	const card = cardText({ ...essay, title });
	expect(card.titleSize).toBe(52);
	expect(card.titleLines).toHaveLength(4);
	expect(card.titleLines.at(-1)).toMatch(/word\d+…$/);
	expect(title.startsWith(card.titleLines.join(' ').replace(/…$/, ''))).toBe(true);
	// The alt text keeps the whole title.
	expect(card.alt).toContain(title);
});

test('principles are never cut: those that do not fit are counted', () => {
	const card = cardText({ ...essay, principles: SIX_PRINCIPLES });
	expect(card.detailLines).toMatchInlineSnapshot(`
		[
		  "Customer obsession · A skeptical view of proxies · Embrace",
		  "external trends · High-velocity decision making · and 2 more",
		]
	`);
	expect(card.alt).toBe(
		'Essay: Process as a proxy. Discusses Customer obsession, A skeptical view of proxies, Embrace external trends, High-velocity decision making, Work backwards from the customer and Invent before you have to. Day One.',
	);
});

test("a principle's own page shows its lead, since its title is the principle", () => {
	const card = cardText({
		title: 'Customer obsession',
		kind: 'Principle',
		principles: ['Customer obsession'],
		lead: 'Start from the customer and work backwards, rather than from competitors or from what the company happens to be good at already today.',
		siteName: 'Day One',
	});
	expect(card.detailLabel).toBeUndefined();
	expect(card.detailLines).toHaveLength(2);
	expect(card.detailLines[0]).toMatch(/^Start from the customer/);
	expect(card.detailLines[1]).toMatch(/…$/);
});

test('a page that names no principle and has no kind (a list page) shows its lead', () => {
	const card = cardText({
		title: 'Essays',
		principles: [],
		lead: 'Longer reads on one idea each.',
		siteName: 'Day One',
	});
	expect(card.kind).toBeUndefined();
	expect(card.detailLines).toEqual(['Longer reads on one idea each.']);
	expect(card.alt).toBe('Essays. Longer reads on one idea each. Day One.');
});

test('a kind without its own word for principles labels them "Principles"', () => {
	const { principlesLabel: _, ...input } = essay;
	expect(cardText(input).detailLabel).toBe('Principles');
});

test('a title that ends a sentence itself gets no second full stop in the alt text', () => {
	expect(cardText({ ...essay, title: 'Why are customers never satisfied?' }).alt).toMatch(
		/^Essay: Why are customers never satisfied\? Discusses/,
	);
});

test('wide letters wrap sooner than narrow ones', () => {
	const narrow = cardText({ ...essay, title: 'iiiiiiii '.repeat(8).trim() });
	const wide = cardText({ ...essay, title: 'WWWWWWWW '.repeat(8).trim() });
	expect(wide.titleLines.length).toBeGreaterThan(narrow.titleLines.length);
});
