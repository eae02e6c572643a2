/**
 * The JSON files a user hands the app (a backup, a framework, entries) are read the same way: the
 * size first, then the JSON and how deeply it nests, then the header's `format` and `version`, and
 * only then the content.
 * Each kind of file words its own problems, and returns its own shape.
 */
import { z } from 'zod';
import { jsonNestingProblem } from './nestingDepth';

/** One kind of user file: what its header must say, how large it may be, and how it is refused. */
export interface UserFileKind<Result> {
  /** The `format` the header must name, e.g. `scope-journal-backup`. */
  format: string;
  /** The header `version`s this app reads. */
  versions: readonly number[];
  /** Longer texts are refused before they are parsed. */
  maximumCharacters: number;
  /** What the user is told, for each way the file can fail before its content is read. */
  problems: {
    tooLarge: string;
    notJson: string;
    /** `format` is what the header names; undefined when there is none. */
    otherFormat: (format: unknown) => string;
    /** `version` is what the header names; undefined when there is none. */
    otherVersion: (version: unknown) => string;
  };
  /** The result that reports `problem`. */
  refuse: (problem: string) => Result;
}

const headerSchema = z.looseObject({ format: z.unknown().optional(), version: z.unknown().optional() });

/**
 * Reads `text` as a file of `kind`: refuses it (with the kind's own words) when it is too large,
 * not JSON, of another format or of a version this app does not read, and (in the same words for
 * every kind) when it nests deeper than any real file; otherwise hands the parsed JSON and its
 * version to `parse`, which checks the content. Text stays data: nothing is run.
 */
export function readUserFile<Result>(text: string, kind: UserFileKind<Result>, parse: (json: unknown, version: number) => Result): Result {
  const { problems } = kind;
  if (text.length > kind.maximumCharacters) return kind.refuse(problems.tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return kind.refuse(problems.notJson);
  }
  const nestingProblem = jsonNestingProblem(json);
  if (nestingProblem !== null) return kind.refuse(nestingProblem);
  const header = headerSchema.safeParse(json);
  if (!header.success || header.data.format !== kind.format) {
    return kind.refuse(problems.otherFormat(header.success ? header.data.format : undefined));
  }
  const { version } = header.data;
  if (typeof version !== 'number' || !kind.versions.includes(version)) return kind.refuse(problems.otherVersion(version));
  return parse(json, version);
}
