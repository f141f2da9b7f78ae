import { expect, test } from 'vitest';
import { firstStepStatus } from '../../../src/storage/firstStepStatus.ts';

const STEPS = [
	{ title: 'Customer obsession', href: '/principles/customer-obsession/', minutes: 6 },
	{ title: 'Working backwards', href: '/principles/working-backwards/', minutes: 5 },
	{ title: 'Amazon Prime', href: '/case-studies/amazon-prime/', minutes: 4 },
];
const PLACES = { pathHref: '/paths/intro/', morePathsHref: '/paths/' };

test.each([
	{
		case: 'with nothing done it says how long the path is and starts it',
		done: [],
		status: '3 short readings, about 15 minutes in all.',
		link: { text: 'Start the introduction', href: '/paths/intro/' },
	},
	{
		case: 'with a step done it counts the steps and leads to the next',
		done: ['/principles/customer-obsession/'],
		status: 'You have read 1 of 3 steps, about 9 minutes left.',
		link: { text: 'Next: Working backwards', href: '/principles/working-backwards/' },
	},
	{
		case: 'the next step is the first one not done, not the one after the last done',
		done: ['/case-studies/amazon-prime/'],
		status: 'You have read 1 of 3 steps, about 11 minutes left.',
		link: { text: 'Next: Customer obsession', href: '/principles/customer-obsession/' },
	},
	{
		case: 'with every step done it offers the other paths',
		done: STEPS.map((step) => step.href),
		status: 'You have read all 3 steps. Well done.',
		link: { text: 'Choose your next reading path', href: '/paths/' },
	},
	{
		case: 'a step kept from a path that has since changed is not counted',
		done: ['/essays/removed/'],
		status: '3 short readings, about 15 minutes in all.',
		link: { text: 'Start the introduction', href: '/paths/intro/' },
	},
])('$case', ({ done, status, link }) => {
	expect(firstStepStatus(STEPS, new Set(done), PLACES)).toEqual({ status, link });
});
