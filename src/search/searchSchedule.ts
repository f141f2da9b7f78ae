/**
 * Timing for a search that follows the typing: wait for a pause before searching, and let only the
 * newest of overlapping searches show its answer. No DOM; the search controller in browser/ uses
 * both for the dialog and the search page.
 */

/** A wait that restarts on every call: only the last of a burst runs, once `delay` ms pass quietly. */
export interface Debounce {
	/** Runs `run` after `delay` ms, unless `later` or `cancel` is called again first. */
	later(run: () => void): void;
	/** Drops the run still waiting, if any. */
	cancel(): void;
}

export function debounce(delay: number): Debounce {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return {
		later(run) {
			clearTimeout(timer);
			timer = setTimeout(run, delay);
		},
		cancel() {
			clearTimeout(timer);
			timer = undefined;
		},
	};
}

/**
 * Tickets for overlapping searches. Each call takes a ticket and returns its check, which stays
 * true until the next ticket is taken: a slower, older search asks it before it shows anything, so
 * it cannot overwrite a newer one.
 */
export function latestTicket(): () => () => boolean {
	let latest = 0;
	return () => {
		const ticket = ++latest;
		return () => ticket === latest;
	};
}
