import { expect, test } from 'vitest';
import { withCitingPrinciples } from '../../../src/model/citedLetters.ts';

const refs = (collection: string, ids: string[]) => ids.map((id) => ({ collection, id }));
const letter = (id: string, principles: string[]) => ({
	id,
	data: { title: id, principles: refs('principles', principles) },
});
const principle = (id: string, sources: string[]) => ({
	id,
	data: { sources: refs('sources', sources) },
});

test('a letter gets the principles whose pages cite it after those it names, in the principles’ order', () => {
	const [letter2018] = withCitingPrinciples(
		[letter('letter-2018', ['customer-obsession'])],
		[
			principle('customer-obsession', ['letter-2018']),
			principle('embrace-external-trends', ['letter-1997', 'letter-2018']),
			principle('high-velocity-decisions', ['letter-2016']),
			principle('skeptical-view-of-proxies', ['leadership-principles', 'letter-2018']),
		],
	);
	expect(letter2018!.data.principles.map((ref) => ref.id)).toEqual([
		'customer-obsession',
		'embrace-external-trends',
		'skeptical-view-of-proxies',
	]);
	expect(letter2018!.data.principles[1]).toEqual({
		collection: 'principles',
		id: 'embrace-external-trends',
	});
	expect(letter2018!.data.title).toBe('letter-2018');
});

test('a letter no principle page cites, or only those it names, is returned as it was', () => {
	const uncited = letter('letter-2011', []);
	const named = letter('letter-2016', ['customer-obsession']);
	const [first, second] = withCitingPrinciples(
		[uncited, named],
		[principle('customer-obsession', ['letter-2016'])],
	);
	expect(first).toBe(uncited);
	expect(second).toBe(named);
});
