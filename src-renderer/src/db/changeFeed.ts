import { Dexie } from 'dexie';

/**
 * What changed in one table: the primary keys of the records written or deleted, or `all` when a
 * write's keys are not known one by one (a clear, a range delete, a bulk write of 50 or more
 * records: Dexie then reports the whole key range).
 */
export type TableChange = { kind: 'keys'; keys: string[] } | { kind: 'all' };

/**
 * The one change feed of the journal's database. Every write that commits, whatever made it (a
 * repository, an import, a restore, another tab, another window, the print window), reaches each
 * listener with the keys it touched.
 *
 * It is built on Dexie's own `storagemutated` event, the one its `liveQuery` runs on: Dexie fires
 * it when a read-write transaction commits in this page and relays it, through a BroadcastChannel,
 * to every other page and worker of the same origin. So a view subscribed here sees the writes of
 * every tab without polling and without a second mechanism. (`db.on('changes')` needs the
 * Dexie.Observable add-on, which writes a change log into the database; not needed here.)
 */
export function subscribeToTable(databaseName: string, tableName: string, listener: (change: TableChange) => void): () => void {
  const part = `idb://${databaseName}/${tableName}/`;
  const onMutated = (parts: Record<string, unknown>) => {
    const ranges = parts[part];
    const everything = parts.all;
    if (everything !== undefined && !isEmptyRange(everything)) {
      listener({ kind: 'all' });
      return;
    }
    if (ranges === undefined) return;
    const keys = pointKeys(ranges);
    if (keys === null) listener({ kind: 'all' });
    else if (keys.length > 0) listener({ kind: 'keys', keys });
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

function isEmptyRange(value: unknown): boolean {
  const node = value as RangeNode | null;
  return !node || (node.from === undefined && !node.l && !node.r);
}

/**
 * The string keys of a Dexie range set (a balanced tree of `{from, to, l, r}` nodes; a plain
 * object once it has crossed a BroadcastChannel), or null when it holds a range wider than one
 * key. Walked with an explicit stack: a range set may hold thousands of keys.
 */
export function pointKeys(rangeSet: unknown): string[] | null {
  const keys: string[] = [];
  const stack: RangeNode[] = [];
  if (rangeSet && typeof rangeSet === 'object') stack.push(rangeSet);
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
    if (node.from === undefined) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
  }
  return keys;
}
