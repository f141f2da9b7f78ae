/**
 * Reads a V8 CPU profile (`node --cpu-prof`) as the build profile reports it: the time of each
 * sample goes to the innermost frame of our own code on its stack, so a library's work counts
 * against the feature that asked for it; a sample with none of our code on its stack goes to its
 * own frame's group (the stack itself, waiting, garbage collection).
 */

/** One frame of a profile's call tree. */
export interface ProfileFrame {
	url: string;
	functionName: string;
	lineNumber: number;
	columnNumber: number;
}

/** The parts of a `.cpuprofile` file this module reads. */
export interface CpuProfile {
	nodes: Array<{ id: number; callFrame: ProfileFrame; children?: number[] }>;
	samples: number[];
	/** Microseconds before each sample. */
	timeDeltas: number[];
}

/** What a frame is: our code (`own`), named by `label`, or a group of others. */
export interface FrameLabel {
	own: boolean;
	label: string;
}

/** Milliseconds by label over the whole profile, largest first. */
export function timeByLabel(
	profile: CpuProfile,
	labelOf: (frame: ProfileFrame) => FrameLabel,
): Array<[string, number]> {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const labels = new Map<number, FrameLabel>();
	const labelFor = (id: number) => {
		let label = labels.get(id);
		if (!label) labels.set(id, (label = labelOf(byId.get(id)!.callFrame)));
		return label;
	};
	// Each node's label is settled once: the nearest own frame from it to the root, or its own.
	const settled = new Map<number, string>();
	const settle = (id: number): string => {
		const known = settled.get(id);
		if (known !== undefined) return known;
		let label: string | undefined;
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = labelFor(at);
			if (frame.own) {
				label = frame.label;
				break;
			}
		}
		label ??= labelFor(id).label;
		settled.set(id, label);
		return label;
	};
	const totals = new Map<string, number>();
	profile.samples.forEach((id, index) => {
		// A sample lasts until the next one; the last has no measured length.
		const milliseconds = (profile.timeDeltas[index + 1] ?? 0) / 1000;
		const label = settle(id);
		totals.set(label, (totals.get(label) ?? 0) + milliseconds);
	});
	return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The groups of code that is not ours, by where it comes from. */
const STACK_PACKAGES =
	/^(astro|vite|rolldown|@rolldown\/.*|@astrojs\/.*|satteri|@mdx-js\/.*|esbuild|zod|js-yaml|devalue|unified|.*micromark.*|.*mdast.*|.*hast.*)$/;

/**
 * The label of code that is not ours, from its location after source maps: a package of the
 * stack (Astro, Vite, MDX), another package by name, Node itself, or V8's own entries.
 */
export function otherLabel(location: string, functionName: string): string {
	if (location === '') {
		if (functionName === '(idle)') return 'waiting (idle)';
		if (functionName === '(garbage collector)') return 'garbage collection';
		if (functionName === '(program)') return 'V8 and Node';
		return 'Node (native)';
	}
	if (location.startsWith('node:')) return 'Node';
	if (location.startsWith('wasm://')) return 'WebAssembly';
	const inPackage = location.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
	if (inPackage) {
		const name = inPackage[1]!;
		return STACK_PACKAGES.test(name) ? 'Astro, Vite and MDX' : name;
	}
	return 'other';
}
