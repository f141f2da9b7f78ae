/** Content files as the author checks receive them: read from disk, then parsed. */
import type { InvalidUtf8 } from './encoding.ts';

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
	/** Why the YAML could not be parsed, when it could not. */
	parseError?: string;
	/**
	 * The YAML `data` was parsed from (a whole YAML file, or an MDX file's front matter) and the
	 * file line it starts on, so a check can name the line of a field.
	 */
	yaml?: { text: string; firstLine: number };
	/** Where the file's bytes first stop being UTF-8, when they do (see `encoding.ts`). */
	invalidUtf8?: InvalidUtf8;
}

/** An entry whose front matter passed its collection's schema: `data` is the schema's output. */
export type ParsedEntry = RawEntry & { data: Record<string, unknown> };
