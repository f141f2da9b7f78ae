/**
 * An author's mistake in content. Its message is complete on its own, so it carries no stack:
 * a stack trace points into the site's code, where the author has nothing to fix.
 */
export class ContentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ContentError';
		this.stack = '';
	}
}
