import { expect, test } from 'vitest';
import { fieldPath, fieldPosition } from '../../../src/checks/positions.ts';

const yaml = ['title: Hello', 'principles: [a, b]', 'steps:', '  - page: x', '  - page: y'].join(
	'\n',
);

test.each([
	{ field: 'title', path: ['title'] },
	{ field: 'principles[1]', path: ['principles', 1] },
	{ field: 'steps[1].page', path: ['steps', 1, 'page'] },
	{ field: '(front matter)', path: undefined },
	{ field: 'The link', path: undefined },
])('$field is the path $path', ({ field, path }) => {
	expect(fieldPath(field)).toEqual(path);
});

test.each([
	{ path: ['title'], line: 2, column: 8 },
	{ path: ['principles', 1], line: 3, column: 17 },
	{ path: ['steps', 1, 'page'], line: 6, column: 11 },
	{ path: ['summary'], line: 2, column: 1 },
	{ path: ['steps', 5, 'page'], line: 5, column: 3 },
])(
	'$path stands at line $line, column $column of a file whose YAML starts on line 2',
	({ path, line, column }) => {
		expect(fieldPosition(yaml, path, 2)).toEqual({ line, column });
	},
);
