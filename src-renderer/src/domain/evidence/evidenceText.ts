/**
 * Text from outside the journal (commit messages, event titles) made safe to show: on one line,
 * within a limit, and as Markdown that reads as written.
 */
import { withoutHiddenCharacters } from '../hiddenCharacters';

/** Text of one line: control characters and line breaks become spaces, hidden characters go. */
export function oneLine(text: string): string {
  return withoutHiddenCharacters(text.replace(/[\s\p{Cc}]+/gu, ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function clipped(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // Never half of a character outside the Basic Multilingual Plane (an emoji).
  return `${text
    .slice(0, limit - 1)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd()}…`;
}

/**
 * Commit text as Markdown that reads as written and can do nothing else: no link of its own making
 * (`[text](target)`, `<target>`), no HTML, no emphasis, and no list or heading at the start of a
 * line. A bare address stays a link, as GitHub-flavoured Markdown makes it after escapes are read,
 * but its text is its target, so it cannot pretend to go elsewhere.
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^[#+-]|#$/g, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
