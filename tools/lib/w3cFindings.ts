/** One message of the W3C checker's JSON report (`vnu --format json`). */
export interface VnuMessage {
	/** "error", "info" (a warning when `subType` is "warning"), or "non-document-error". */
	type: string;
	/** "fatal" for an error the parser cannot go past, "warning" for an info that is a warning. */
	subType?: string;
	/** The checked document, as a `file:` URL. */
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	/** The source around the problem. */
	extract?: string;
}

/** The whole JSON report. */
export interface VnuReport {
	messages: VnuMessage[];
}

/**
 * Messages in which the checker misreads our pages, each with the reason and the check that
 * covers the same ground properly. Both come from vnu's simulation of the `<meta>` Content
 * Security Policy, which differs from a browser's; the browser test "loads with no console error
 * and no CSP violation" (tests/e2e/page-quality.spec.ts) runs the real policy on every page.
 * Anything else, including a CSP message about another origin, is reported.
 */
export const CHECKER_MISREADINGS: { pattern: RegExp; why: string }[] = [
	{
		// vnu checks a file on disk, so 'self' is the origin of a `file:` URL, which matches nothing;
		// served over HTTP, an address that starts with one "/" is the page's own origin.
		pattern:
			/^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/(?!\/)/,
		why: "a root-relative address is 'self' once the page is served",
	},
	{
		// vnu trims the text of a <style> before hashing it; browsers hash it exactly as written (CSP 3),
		// and Astro's inlined styles end in a newline. The site test "every inline script and style is
		// allowed by the hash of its exact text" checks the hashes as a browser does.
		pattern: /^Inline style violates Content Security Policy \(meta tag\)/,
		why: 'vnu hashes the trimmed text of a <style>, browsers the exact text',
	},
];

/** True when `message` is one of the checker's known misreadings of our pages. */
export function isCheckerMisreading(message: string): boolean {
	return CHECKER_MISREADINGS.some(({ pattern }) => pattern.test(message));
}

/** What kind of problem a message is, or undefined for a plain info note (not a problem). */
function kindOf(message: VnuMessage): string | undefined {
	if (message.type === 'error') return message.subType === 'fatal' ? 'fatal error' : 'error';
	if (message.type === 'info') return message.subType === 'warning' ? 'warning' : undefined;
	return message.type;
}

/** A few characters of source, on one line, so a problem on a one-line page can be found. */
function shortExtract(extract: string | undefined): string {
	if (!extract) return '';
	const line = extract.replace(/\s+/g, ' ').trim();
	return ` (near: ${line.length > 80 ? `${line.slice(0, 80)}…` : line})`;
}

/**
 * Every error and warning of `report`, grouped by the document it is in and written
 * `line:column kind: message (near: source)`, leaving out plain info notes and the known
 * misreadings. A message that names no document is filed under "(no document)".
 */
export function w3cFindings(report: VnuReport): Map<string, string[]> {
	const byDocument = new Map<string, string[]>();
	for (const message of report.messages) {
		const kind = kindOf(message);
		if (!kind || isCheckerMisreading(message.message)) continue;
		// vnu gives firstLine only when a problem spans lines; firstColumn is on the first line.
		const where = `${message.firstLine ?? message.lastLine ?? 0}:${message.firstColumn ?? 0}`;
		const document = message.url ?? '(no document)';
		const finding = `${where} ${kind}: ${message.message}${shortExtract(message.extract)}`;
		byDocument.set(document, [...(byDocument.get(document) ?? []), finding]);
	}
	return byDocument;
}
