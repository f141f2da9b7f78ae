import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { debounce, latestTicket } from '../../../src/search/searchSchedule.ts';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

test('a burst of calls runs only the last one, once the delay passes without another', () => {
	const ran: string[] = [];
	const wait = debounce(120);
	wait.later(() => ran.push('p'));
	vi.advanceTimersByTime(100);
	wait.later(() => ran.push('pr'));
	vi.advanceTimersByTime(119);
	expect(ran).toEqual([]);
	vi.advanceTimersByTime(1);
	expect(ran).toEqual(['pr']);
	vi.advanceTimersByTime(1000);
	expect(ran).toEqual(['pr']);
});

test('cancel drops the waiting run, and the wait can be used again afterwards', () => {
	const ran: string[] = [];
	const wait = debounce(150);
	wait.later(() => ran.push('dropped'));
	wait.cancel();
	vi.advanceTimersByTime(1000);
	expect(ran).toEqual([]);
	wait.cancel();
	wait.later(() => ran.push('kept'));
	vi.advanceTimersByTime(150);
	expect(ran).toEqual(['kept']);
});

test('separate waits do not cancel each other', () => {
	const ran: string[] = [];
	const dialog = debounce(120);
	const page = debounce(150);
	dialog.later(() => ran.push('dialog'));
	page.later(() => ran.push('page'));
	vi.advanceTimersByTime(150);
	expect(ran).toEqual(['dialog', 'page']);
});

test('a ticket is current until the next one is taken, and never again after', () => {
	const take = latestTicket();
	const first = take();
	expect(first()).toBe(true);
	const second = take();
	expect(first()).toBe(false);
	expect(second()).toBe(true);
	take();
	expect(first()).toBe(false);
	expect(second()).toBe(false);
});

test('separate ticket counters are independent', () => {
	const dialog = latestTicket()();
	latestTicket()();
	expect(dialog()).toBe(true);
});
