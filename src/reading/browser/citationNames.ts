/**
 * Escape hides the source name a citation marker shows on hover or focus, while the pointer or
 * the focus stays on it (WCAG 1.4.13: such content can be dismissed without moving either).
 * Leaving the marker shows it again next time. Without JavaScript the name still shows and hides
 * with hover and focus.
 */
const MARKER = 'sup.cite a';
const DISMISSED = 'name-dismissed';

export function dismissibleCitationNames(root: Document): void {
	root.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		const marker =
			root.activeElement?.closest(MARKER) ?? root.querySelector(`${MARKER}:hover`) ?? undefined;
		marker?.classList.add(DISMISSED);
	});
	const leave = (marker: Element | null | undefined, to: EventTarget | null) => {
		if (marker && !(to instanceof Node && marker.contains(to))) marker.classList.remove(DISMISSED);
	};
	root.addEventListener('focusout', (event) =>
		leave((event.target as Element).closest?.(MARKER), event.relatedTarget),
	);
	root.addEventListener('pointerout', (event) =>
		leave((event.target as Element).closest?.(MARKER), event.relatedTarget),
	);
}
