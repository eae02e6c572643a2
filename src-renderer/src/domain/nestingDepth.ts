/**
 * How deeply a file nests, measured without recursion. `JSON.parse` copes with any depth, but much
 * of what follows it (the backup checksum, zod's JSON schema, `JSON.stringify`, structured clone,
 * Markdown rendering) recurses once per level, so a file nested thousands of levels deep would
 * overflow the stack. Files are refused above a limit no real file comes near, before anything else
 * looks at them.
 */

/**
 * The deepest nesting a file may have. Scope Journal's own files nest about 6 levels deep (a
 * backup's `data.entries[0].links[0]`), jrnl and Day One exports about as much, and a brag
 * document's lists rarely more than 5; 64 leaves room for anything real and keeps every recursive
 * step after it (zod, `JSON.stringify`, structured clone, Markdown rendering) far from the stack's
 * limit.
 */
export const maximumNestingDepth = 64;

/**
 * The depth of a parsed JSON value: 0 for a scalar, 1 for an array or object of scalars, and one
 * more for each level of arrays and objects inside. An explicit stack, so any depth is measured.
 */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const containers: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    containers.push(value);
    depths.push(1);
  }
  for (let container = containers.pop(); container !== undefined; container = containers.pop()) {
    const depth = depths.pop() ?? 1;
    if (depth > deepest) deepest = depth;
    const children: unknown[] = Array.isArray(container) ? container : Object.values(container);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}

const listMarker = /(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/y;

/**
 * How deeply Markdown text nests its block quotes and lists: on each line, one level per `>` before
 * the text, and for a list item one level per two columns of indentation, plus one. A line at a
 * time, never a parse, so a file of 50,000 nested quotes costs one pass.
 */
export function markdownDepth(text: string): number {
  let deepest = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let index = lineStart;
    let quotes = 0;
    let columns = 0;
    for (; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === 0x3e) quotes += 1;
      else if (code === 0x20) columns += 1;
      else if (code === 0x09) columns += 4;
      else break;
    }
    listMarker.lastIndex = index;
    const depth = quotes + (listMarker.test(text) ? Math.floor(columns / 2) + 1 : 0);
    if (depth > deepest) deepest = depth;
    const lineEnd = text.indexOf('\n', index);
    lineStart = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  return deepest;
}

/**
 * The sentence that refuses something nested deeper than the limit, e.g. "This file is nested
 * 50,003 levels deep; Scope Journal reads files nested at most 64 levels deep." `subject` names
 * what is refused ("This file", "Entry 3's text"). The screens add that nothing was changed.
 */
export function tooDeeplyNestedProblem(depth: number, subject = 'This file', what = 'files'): string {
  return `${subject} is nested ${depth.toLocaleString('en-US')} levels deep; Scope Journal reads ${what} nested at most ${maximumNestingDepth} levels deep.`;
}

/** The problem with a parsed JSON value nested deeper than the limit; null when it is within it. */
export function jsonNestingProblem(value: unknown, subject?: string): string | null {
  const depth = jsonDepth(value);
  return depth > maximumNestingDepth ? tooDeeplyNestedProblem(depth, subject) : null;
}
