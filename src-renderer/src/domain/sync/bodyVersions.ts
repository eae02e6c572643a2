import { merge as mergeThreeWay } from 'node-diff3';
import type { ClockStamp } from './hybridClock';

/**
 * The body of an entry, as edited on each computer: a multi-value register. Every edit is a
 * version that says which edits it has seen (a version vector: per device, how many of its body
 * edits), the text it was edited from (`base`), and its stamp. A version that has seen another
 * replaces it; two that have not seen each other are both kept, on every device, until an edit
 * that has seen both replaces them. So the versions a device holds depend only on which versions
 * it has received, never on the order they came in: every device that has received the same edits
 * holds the same versions, and shows the same text.
 *
 * The text shown is a function of those versions alone: one version is shown as it is; concurrent
 * versions edited from the same text are merged line by line (diff3, as git merges), and when
 * their changes overlap the body is "edited on two computers": the newest version is shown, and
 * every version is offered to keep.
 */
export interface BodyVersion {
  /** When it was written, and on which device (the stamp ends with the device id). */
  clock: ClockStamp;
  text: string;
  /** Per device id, how many body edits of that device this version has seen (its own included). */
  seen: Record<string, number>;
  /** The text this version was edited from, for a three-way merge with a concurrent version. */
  base: string;
}

/** -1: `a` was seen by `b`; 1: `b` by `a`; 0: the same edits; null: neither saw the other. */
function compareSeen(a: Record<string, number>, b: Record<string, number>): -1 | 0 | 1 | null {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = a[device] ?? 0;
    const right = b[device] ?? 0;
    if (left > right) aAhead = true;
    if (right > left) bAhead = true;
  }
  if (aAhead && bAhead) return null;
  if (aAhead) return 1;
  if (bAhead) return -1;
  return 0;
}

/**
 * The versions of `current` and `incoming` that no other version has seen, sorted by stamp. Two
 * versions with the same vector are the same edit; the later stamp is kept (it can only differ
 * for a hostile or damaged file), so the result is the same whichever side each came from.
 */
export function mergeBodyVersions(current: readonly BodyVersion[], incoming: readonly BodyVersion[]): BodyVersion[] {
  const heads: BodyVersion[] = [];
  for (const candidate of [...current, ...incoming]) {
    let isSeen = false;
    for (let index = heads.length - 1; index >= 0; index -= 1) {
      const head = heads[index];
      if (head === undefined) continue;
      const order = compareSeen(candidate.seen, head.seen);
      if (order === 1) heads.splice(index, 1);
      else if (order === -1) isSeen = true;
      else if (order === 0) {
        if (candidate.clock > head.clock) heads.splice(index, 1);
        else isSeen = true;
      }
    }
    if (!isSeen) heads.push(candidate);
  }
  return heads.sort((a, b) => (a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0));
}

/** A new version by `deviceId`, edited from what `heads` show, having seen every one of them. */
export function nextBodyVersion(heads: readonly BodyVersion[], deviceId: string, clock: ClockStamp, text: string): BodyVersion {
  const seen: Record<string, number> = {};
  for (const head of heads) {
    for (const [device, count] of Object.entries(head.seen)) seen[device] = Math.max(seen[device] ?? 0, count);
  }
  seen[deviceId] = (seen[deviceId] ?? 0) + 1;
  return { clock, text, seen, base: resolveBody(heads).text };
}

/** What an entry's body versions show. */
export interface ResolvedBody {
  text: string;
  /** The versions to choose between when their changes overlap; empty when the text is settled. */
  conflicting: BodyVersion[];
}

/**
 * The text `heads` show: the one version's text; or the line-by-line merge of concurrent versions
 * edited from the same text, folded oldest first; or, when changes overlap or the versions were
 * edited from different texts, the newest version's text with every version in `conflicting`.
 */
export function resolveBody(heads: readonly BodyVersion[]): ResolvedBody {
  const [first, ...rest] = heads;
  if (first === undefined) return { text: '', conflicting: [] };
  if (rest.length === 0) return { text: first.text, conflicting: [] };
  const newest = heads[heads.length - 1] ?? first;
  const conflict = { text: newest.text, conflicting: [...heads] };
  if (rest.some((version) => version.base !== first.base)) return conflict;
  const base = first.base.split('\n');
  let merged = first.text.split('\n');
  for (const version of rest) {
    const result = mergeThreeWay(merged, base, version.text.split('\n'));
    if (result.conflict) return conflict;
    merged = result.result;
  }
  return { text: merged.join('\n'), conflicting: [] };
}
