/**
 * The walk over a repository's history that finds which commits a merge brought in, within the
 * commits of one `git log`: the commits put children first, then each merge's second-parent side
 * painted against its first. gitDrafts.ts uses it to gather a pull request's commits.
 */
import type { GitCommit } from './gitLog';

/** Commits in an order with every child before its parents, and each one's place in that order. */
export interface CommitOrder {
  order: GitCommit[];
  positions: Map<string, number>;
}

/**
 * The commits, each once, children first. git prints them so unless told otherwise, and then its
 * order is kept as it is; the walk below must not depend on it, so any other order is sorted.
 */
export function childrenFirst(commits: readonly GitCommit[]): CommitOrder {
  const positions = new Map<string, number>();
  const unique: GitCommit[] = [];
  for (const commit of commits) {
    if (positions.has(commit.hash)) continue;
    positions.set(commit.hash, unique.length);
    unique.push(commit);
  }
  const isOrdered = unique.every((commit, position) => commit.parents.every((parent) => (positions.get(parent) ?? Infinity) > position));
  if (isOrdered) return { order: unique, positions };

  const childCount = new Int32Array(unique.length);
  for (const commit of unique) {
    for (const parent of commit.parents) {
      const position = positions.get(parent);
      if (position !== undefined) childCount[position] = (childCount[position] ?? 0) + 1;
    }
  }
  const order = unique.filter((_, position) => childCount[position] === 0);
  for (let index = 0; index < order.length; index += 1) {
    for (const parent of order[index]?.parents ?? []) {
      const position = positions.get(parent);
      const commit = position === undefined ? undefined : unique[position];
      if (position === undefined || !commit) continue;
      const remaining = (childCount[position] ?? 0) - 1;
      childCount[position] = remaining;
      if (remaining === 0) order.push(commit);
    }
  }
  // Only a made-up history has a cycle; its commits keep their printed order at the end.
  if (order.length < unique.length) {
    const placed = new Set(order);
    for (const commit of unique) if (!placed.has(commit)) order.push(commit);
  }
  return { order, positions: new Map(order.map((commit, position) => [commit.hash, position])) };
}

const reachedFromFirst = 1;
const reachedFromSecond = 2;

/**
 * The positions in `order` of the commits a merge brought in: reachable from its second parent and
 * not from its first, within the log. Both parents' ancestors are painted in one pass down `order`
 * (children first, so a commit's paint is complete when it is reached), which stops as soon as no
 * commit painted by the second parent alone is left: usually a few commits past the branch's start.
 */
export function mergedPositions(
  merge: GitCommit,
  order: readonly GitCommit[],
  positions: ReadonlyMap<string, number>,
  paint: Uint8Array,
): number[] {
  const first = positions.get(merge.parents[0] ?? '');
  const second = positions.get(merge.parents[1] ?? '');
  if (second === undefined) return [];
  const touched: number[] = [];
  let pending = 0;
  const add = (position: number, color: number): void => {
    const old = paint[position] ?? 0;
    const next = old | color;
    if (next === old) return;
    if (old === 0) touched.push(position);
    if (old === reachedFromSecond) pending -= 1;
    if (next === reachedFromSecond) pending += 1;
    paint[position] = next;
  };
  add(second, reachedFromSecond);
  if (first !== undefined) add(first, reachedFromFirst);
  const found: number[] = [];
  for (let position = Math.min(first ?? second, second); position < order.length && pending > 0; position += 1) {
    const color = paint[position] ?? 0;
    if (color === 0) continue;
    if (color === reachedFromSecond) {
      found.push(position);
      pending -= 1;
    }
    for (const parent of order[position]?.parents ?? []) {
      const parentPosition = positions.get(parent);
      if (parentPosition !== undefined) add(parentPosition, color);
    }
  }
  for (const position of touched) paint[position] = 0;
  return found;
}
