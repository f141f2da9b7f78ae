/** Content files as the author checks receive them: read from disk, then parsed. */

/** A content file as read from disk, before any checking. */
export interface RawEntry {
	collection: string;
	id: string;
	/** Repository-relative path, such as `content/essays/x.mdx`. */
	filePath: string;
	/** The parsed front matter (or the whole YAML file); undefined when it could not be parsed. */
	data: unknown;
	/** The MDX body, empty for YAML entries. */
	body: string;
	/** The line of the file the body starts on (1 for a file without front matter), for messages. */
	bodyLine?: number;
	/** The front matter as written (a YAML entry's whole file), to place a field's messages. */
	frontMatterText?: string;
	/** The line of the file that text starts on: 2 after an MDX file's opening `---`, else 1. */
	frontMatterLine?: number;
	/** Why the YAML could not be parsed, when it could not. */
	parseError?: string;
}

/** An entry whose front matter passed its collection's schema: `data` is the schema's output. */
export type ParsedEntry = RawEntry & { data: Record<string, unknown> };
