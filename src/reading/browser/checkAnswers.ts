/**
 * Makes a path page's knowledge checks answerable (browser only): each option becomes a button;
 * the first one chosen is the answer, kept by the caller, and the live line under the options
 * says at once whether it is right and why. Buttons, not radios: arrow keys move a radio group's
 * choice, which would answer a check before a keyboard reader reached the option they meant.
 */
import { checkResult, type ShownOption } from '../knowledgeChecks.ts';

/** One check on the page, as the path's progress sees it. */
export interface CheckOnPage {
	id: string;
	right: number;
	/** Shows the reader's answer; `undefined` clears it (after "Start over"). */
	show(chosen: number | undefined): void;
}

/** A small marker after an option's text, which is also read as part of its button's name. */
function tag(text: string): HTMLElement {
	const span = document.createElement('span');
	span.className = 'tag';
	span.textContent = ` (${text})`;
	return span;
}

/**
 * Turns every check under `root` into buttons; `onAnswer(id, option)` is called the first time
 * the reader chooses an option of a check, and `answers` (by check id) are shown at once.
 */
export function answerableChecks(
	root: HTMLElement,
	answers: Record<string, number>,
	onAnswer: (id: string, option: number) => void,
): CheckOnPage[] {
	return [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-check-id]')].map(
		(fieldset) => {
			const id = fieldset.dataset.checkId!;
			const right = Number(fieldset.dataset.right);
			const items = [...fieldset.querySelectorAll<HTMLLIElement>('.options > li')];
			const whys = [...fieldset.querySelectorAll('.why')];
			const options: ShownOption[] = items.map((item, index) => ({
				text: item.textContent!.trim(),
				explanation: whys[index]!.textContent!.trim(),
			}));
			const result = fieldset.querySelector<HTMLElement>('.result')!;
			const buttons = items.map((item) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'option';
				button.textContent = item.textContent!.trim();
				item.replaceChildren(button);
				return button;
			});
			let chosen: number | undefined;
			const show = (option: number | undefined) => {
				chosen = option;
				items.forEach((item, index) => {
					item.toggleAttribute('data-chosen', index === option);
					buttons[index]!.querySelector('.tag')?.remove();
					if (option === undefined) return buttons[index]!.removeAttribute('aria-disabled');
					// Still focusable, so a keyboard reader stays in place and can read on.
					buttons[index]!.setAttribute('aria-disabled', 'true');
					if (index === option)
						buttons[index]!.append(tag(index === right ? 'your answer, right' : 'your answer'));
					else if (index === right) buttons[index]!.append(tag('right answer'));
				});
				result.textContent = option === undefined ? '' : checkResult(options, right, option);
			};
			buttons.forEach((button, index) =>
				button.addEventListener('click', () => {
					if (chosen !== undefined) return;
					show(index);
					onAnswer(id, index);
				}),
			);
			show(answers[id]);
			return { id, right, show };
		},
	);
}
