/**
 * Link previews in the reader's browser: a tooltip with the kind, title and summary of the page
 * a link leads to, or a glossary term's definition. It shows when the pointer rests on a link or
 * keyboard focus reaches it, stays while the pointer is on the link or the preview itself, and
 * goes when the pointer or focus moves on, or on Escape (WCAG 1.4.13: dismissible, hoverable,
 * persistent). While it shows, the link is described by it (`aria-describedby`), so a screen
 * reader reads it after the link's name. An edge: it touches the DOM. LinkPreviews.astro loads it
 * on the first hover or keyboard focus of a link, so a page that is only read never loads it.
 */
import { linkPreview, type Preview, type PreviewData } from '../linkPreview.ts';
import { previewPlacement } from '../previewPlacement.ts';
import { POINTER_REQUEST, focusedLink, previewableLink, previewTrigger } from './previewTrigger.ts';

/** How long the pointer rests on a link before its preview shows: passing over links shows none. */
const SHOW_AFTER_MS = 300;
/** How long a preview stays after the pointer leaves, time enough to move onto the preview. */
const HIDE_AFTER_MS = 300;
const PREVIEW_ID = 'link-preview';

interface Options {
	/** The element whose links get previews: the page's article. */
	scope: Element;
	/** The address of the preview data (`previews.json`). */
	dataUrl: string;
	/** The home page's path (`/`, or the base such as `/handbook/`), which the data's keys leave out. */
	root: string;
}

/** A preview asked for: the link, and whether the pointer or keyboard focus asked. */
interface PreviewRequest {
	link: HTMLAnchorElement;
	by: 'pointer' | 'focus';
}

/** The open preview: its element, the link it describes, and that link's own description. */
interface Shown {
	element: HTMLElement;
	link: HTMLAnchorElement;
	describedBy: string | null;
}

/**
 * Starts previews on the page, and answers `first`, the event that had the loader load this (none
 * where a link had keyboard focus already), then the link keyboard focus is on.
 */
export function startLinkPreviews({ scope, dataUrl, root }: Options, first?: Event): void {
	const data: Promise<PreviewData> = fetch(dataUrl)
		.then((response) => (response.ok ? response.json() : {}))
		.catch(() => ({}));
	let shown: Shown | undefined;
	/** The preview on its way: for which link, and whether the pointer or focus asked for it. */
	let wanted: PreviewRequest | undefined;
	/** The link whose preview Escape closed: it stays closed until the reader leaves the link. */
	let dismissed: HTMLAnchorElement | undefined;
	let showTimer: ReturnType<typeof setTimeout> | undefined;
	let hideTimer: ReturnType<typeof setTimeout> | undefined;

	const within = (target: EventTarget | null, element: Element | undefined) =>
		target instanceof Node && element !== undefined && element.contains(target);

	function want(link: HTMLAnchorElement, by: PreviewRequest['by']) {
		// Back on the open preview's link: keep it. Another link's preview replaces it when it shows.
		if (shown?.link === link) return clearTimeout(hideTimer);
		if (dismissed === link) return;
		// Every move of the pointer along a link asks again: the wait under way goes on.
		if (wanted?.link === link && wanted.by === by) return;
		clearTimeout(showTimer);
		const request = { link, by };
		wanted = request;
		showTimer = setTimeout(
			() => void data.then((table) => showIfStillWanted(request, table)),
			by === 'pointer' ? SHOW_AFTER_MS : 0,
		);
	}

	function showIfStillWanted(request: PreviewRequest, table: PreviewData) {
		// The data loads while the reader moves on, and every request made meanwhile waits for it.
		// One that a later request replaced leaves `wanted` alone: clearing it would leave the link
		// the reader is on now without its preview.
		if (wanted !== request) return;
		wanted = undefined;
		const { link, by } = request;
		// Show only what is still asked for.
		if (by === 'pointer' ? !link.matches(':hover') : document.activeElement !== link) return;
		const preview = linkPreview(table, link.href, location.href, root);
		hide();
		if (preview) show(link, preview);
	}

	function show(link: HTMLAnchorElement, preview: Preview) {
		// A new element each time: moving a visible one from link to link would count as layout shift.
		const element = previewElement(preview);
		element.style.top = '0px';
		element.style.left = '0px';
		document.body.append(element);
		const { top, left } = previewPlacement(link.getBoundingClientRect(), {
			size: { width: element.offsetWidth, height: element.offsetHeight },
			viewport: {
				width: document.documentElement.clientWidth,
				height: document.documentElement.clientHeight,
			},
			scroll: { x: window.scrollX, y: window.scrollY },
		});
		element.style.top = `${top}px`;
		element.style.left = `${left}px`;
		const describedBy = link.getAttribute('aria-describedby');
		link.setAttribute(
			'aria-describedby',
			describedBy ? `${describedBy} ${PREVIEW_ID}` : PREVIEW_ID,
		);
		shown = { element, link, describedBy };
	}

	/** Forgets the preview on its way, if any. */
	function cancel() {
		clearTimeout(showTimer);
		wanted = undefined;
	}

	/** Closes the open preview, if any; one on its way for another link still comes. */
	function hide() {
		clearTimeout(hideTimer);
		if (!shown) return;
		const { element, link, describedBy } = shown;
		element.remove();
		if (describedBy) link.setAttribute('aria-describedby', describedBy);
		else link.removeAttribute('aria-describedby');
		shown = undefined;
	}

	/** Closes the open preview and forgets any on its way. */
	function close() {
		cancel();
		hide();
	}

	const handlers: Record<string, (event: Event) => void> = {
		[POINTER_REQUEST](event) {
			if (within(event.target, shown?.element)) return clearTimeout(hideTimer);
			const link = previewTrigger(event, scope);
			if (link) want(link, 'pointer');
		},
		pointerout(event) {
			if ((event as PointerEvent).pointerType === 'touch') return;
			const to = (event as PointerEvent).relatedTarget;
			const link = previewableLink(event.target, scope);
			if (link && !within(to, link)) {
				if (dismissed === link) dismissed = undefined;
				if (wanted?.link === link && wanted.by === 'pointer') cancel();
			}
			if (!shown || within(to, shown.link) || within(to, shown.element)) return;
			const leaving = within(event.target, shown.link) || within(event.target, shown.element);
			// A preview that keyboard focus opened stays until focus moves on.
			if (leaving && document.activeElement !== shown.link) {
				clearTimeout(hideTimer);
				hideTimer = setTimeout(hide, HIDE_AFTER_MS);
			}
		},
		focusin(event) {
			const link = previewTrigger(event, scope);
			if (link) want(link, 'focus');
		},
		focusout(event) {
			if (event.target === dismissed) dismissed = undefined;
			if (event.target === wanted?.link) cancel();
			if (event.target === shown?.link) hide();
		},
		keydown(event) {
			if ((event as KeyboardEvent).key !== 'Escape' || !(shown || wanted)) return;
			dismissed = shown?.link ?? wanted?.link;
			close();
		},
		pointerdown(event) {
			if (!within(event.target, shown?.element)) close();
		},
	};
	for (const [type, handler] of Object.entries(handlers)) document.addEventListener(type, handler);
	// The page changed shape under the preview: it would point at the wrong place.
	window.addEventListener('resize', close);
	if (first) handlers[first.type]?.(first);
	// Focus may have reached a link before the loader ran, or moved to another while this code
	// loaded: no focus event is coming for it. Asked after `first`, as the later of the two: the
	// loader, which looks at focus before it waits for events, would have answered an earlier one.
	const focused = focusedLink(scope);
	if (focused) want(focused, 'focus');
}

/** The preview's element: its kind, title and summary, as the tooltip a link is described by. */
function previewElement({ kind, title, summary }: Preview): HTMLElement {
	const element = document.createElement('div');
	element.id = PREVIEW_ID;
	element.className = 'link-preview';
	element.setAttribute('role', 'tooltip');
	for (const [part, text] of [
		['kind', kind],
		['title', title],
		['summary', summary],
	] as const) {
		const line = document.createElement('p');
		line.className = `link-preview-${part}`;
		line.textContent = text;
		element.append(line);
	}
	return element;
}
