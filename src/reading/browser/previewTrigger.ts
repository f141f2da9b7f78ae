/**
 * Which links in the reader's browser get previews, and which events ask for one. Shared by the
 * page's small loader (LinkPreviews.astro), which waits for the first such event or finds a link
 * already focused, and by the preview code it then loads. An edge: it reads the DOM.
 */

/**
 * The link `target` is in, when it is one whose preview the reader may want: in the article's
 * text and lists, not in its navigation (breadcrumbs, "On this page", previous and next), which
 * already says where each link goes.
 */
export function previewableLink(target: EventTarget | null, scope: Element) {
	const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
	if (!link || !scope.contains(link) || link.closest('nav')) return undefined;
	return link;
}

/**
 * The pointer events that ask for a preview: a mouse or pen moving on a link. Not `pointerover`,
 * which the browser also sends when the page scrolls a link under a pointer that stays still (a
 * keyboard reader's Tab scrolls the page): that reader pointed at nothing, and the preview of the
 * link they tabbed to must stay.
 */
export const POINTER_REQUEST = 'pointermove';

/**
 * The link `event` asks to preview: a mouse or pen moving on it, or keyboard focus. A touch
 * does not (a tap means "go there"), nor does the focus a click or tap gives a link, which is
 * not `:focus-visible`.
 */
export function previewTrigger(event: Event, scope: Element) {
	if (event.type === POINTER_REQUEST && (event as PointerEvent).pointerType === 'touch')
		return undefined;
	if (event.type === 'focusin') return keyboardFocusedLink(event.target, scope);
	return previewableLink(event.target, scope);
}

/**
 * The link keyboard focus is on now, when it is one whose preview the reader may want. Code that
 * starts late asks this: a reader can reach a link before the loader runs or while the preview
 * code loads, and the focus event that did it has passed.
 */
export function focusedLink(scope: Element) {
	return keyboardFocusedLink(document.activeElement, scope);
}

function keyboardFocusedLink(target: EventTarget | null, scope: Element) {
	const link = previewableLink(target, scope);
	return link?.matches(':focus-visible') ? link : undefined;
}
