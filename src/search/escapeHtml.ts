const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `text` safe to put in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}
