/**
 * What a restore writes, worked out in memory from the journal as it is and the backup, so the
 * database transaction only has to clear, delete and put in bulk.
 *
 * Replace: every table becomes exactly the backup's (a format-1 backup, from before the Inbox,
 * has an empty one).
 *
 * Merge: nothing the backup lacks is removed (but for Inbox drafts it settled, below), and records
 * are matched by id (settings and Inbox source items by key).
 * - A record only in the backup is added.
 * - A record in both is replaced by the backup's only when the backup's `updatedAt` is strictly
 *   newer; on a tie, or when the journal's is newer, the journal's stays.
 * - Reviews are one per quarter: a backup review is written only when it is newer than every
 *   review it collides with (same id or same quarter); then the colliding reviews under other ids
 *   are removed, so the quarter keeps one review, the newest.
 * - Settings have no timestamp: the journal's value stays; a key only the backup has is added.
 *   (A replace takes the backup's settings as they are.)
 * - Inbox source items (`evidenceItems`, by key): an accepted or dismissed item is never made
 *   'drafted' again by a merge, whatever the times say, so nothing dealt with comes back to the
 *   Inbox; otherwise the later `updatedAt` wins, as for records.
 * - Inbox drafts are never edited, so they are matched by id with `createdAt` as their time. A
 *   draft waits only while its source items do: one whose every item is accepted or dismissed
 *   once the items are merged is not added from the backup, and is taken out of the journal (it
 *   was dealt with on the machine the backup came from; accepting it again would repeat an entry).
 */
import type { BackupRow, BackupTableName, BackupTables } from './backupRecordSchemas';
import type { EvidenceDraft, EvidenceItem, QuarterlyReview, Setting } from '../types';

export type RestoreMode = 'replace' | 'merge';

/** How one table changed: each backup record counts once as added, updated or unchanged. */
export interface TableChanges {
  added: number;
  /** Records that existed and were overwritten with different content. */
  updated: number;
  /** Backup records that changed nothing: already present as they are, or older than the journal's. */
  unchanged: number;
  /**
   * Records of the journal taken out: by a replace, those not in the backup; by a merge, reviews
   * displaced from their quarter and Inbox drafts whose items the backup settled.
   */
  removed: number;
}

export interface TablePlan<Row> {
  /** Empty the table first (replace). */
  clear: boolean;
  /** Keys to delete before `put`. */
  deleteKeys: string[];
  put: Row[];
  changes: TableChanges;
}

export type RestorePlan = { [K in BackupTableName]: TablePlan<BackupRow<K>> };

/**
 * Deep equality of JSON-like values; a property whose value is undefined counts as absent. Pairs
 * still to compare wait on an explicit stack, so no depth of nesting overflows it.
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  for (let pair = pending.pop(); pair !== undefined; pair = pending.pop()) {
    const [left, right] = pair;
    if (left === right) continue;
    if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
    if (Array.isArray(left) || Array.isArray(right)) {
      if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
      for (const [index, item] of left.entries()) pending.push([item, right[index]]);
      continue;
    }
    const leftRecord = left as Record<string, unknown>;
    const rightRecord = right as Record<string, unknown>;
    const leftKeys = Object.keys(leftRecord).filter((key) => leftRecord[key] !== undefined);
    const rightKeys = Object.keys(rightRecord).filter((key) => rightRecord[key] !== undefined);
    if (leftKeys.length !== rightKeys.length) return false;
    for (const key of leftKeys) pending.push([leftRecord[key], rightRecord[key]]);
  }
  return true;
}

/** True when instant `candidate` is strictly later than `existing`; a valid time beats an unreadable one. */
function isNewer(candidate: string, existing: string): boolean {
  const candidateTime = Date.parse(candidate);
  const existingTime = Date.parse(existing);
  return candidateTime > existingTime || (Number.isNaN(existingTime) && !Number.isNaN(candidateTime));
}

function noChanges(): TableChanges {
  return { added: 0, updated: 0, unchanged: 0, removed: 0 };
}

function replaceTable<Row>(current: readonly Row[], incoming: readonly Row[], keyOf: (row: Row) => string): TablePlan<Row> {
  const currentByKey = new Map(current.map((row) => [keyOf(row), row]));
  const changes = noChanges();
  for (const row of incoming) {
    const existing = currentByKey.get(keyOf(row));
    if (existing === undefined) changes.added += 1;
    else if (isSameValue(existing, row)) changes.unchanged += 1;
    else changes.updated += 1;
    currentByKey.delete(keyOf(row));
  }
  changes.removed = currentByKey.size;
  return { clear: true, deleteKeys: [], put: [...incoming], changes };
}

/** Merges by id: a record only in the backup is added; one in both is the backup's when its `timeOf` is strictly newer. */
function mergeById<Row extends { id: string }>(
  current: readonly Row[],
  incoming: readonly Row[],
  timeOf: (row: Row) => string,
): TablePlan<Row> {
  const currentById = new Map(current.map((row) => [row.id, row]));
  const changes = noChanges();
  const put: Row[] = [];
  for (const row of incoming) {
    const existing = currentById.get(row.id);
    if (existing === undefined) {
      changes.added += 1;
      put.push(row);
    } else if (isNewer(timeOf(row), timeOf(existing))) {
      changes.updated += 1;
      put.push(row);
    } else {
      changes.unchanged += 1;
    }
  }
  return { clear: false, deleteKeys: [], put, changes };
}

function mergeReviews(current: readonly QuarterlyReview[], incoming: readonly QuarterlyReview[]): TablePlan<QuarterlyReview> {
  // The journal as the merge proceeds, so each decision sees the earlier ones: a review displaced
  // from its quarter may come back under another quarter later in the backup.
  const byId = new Map(current.map((review) => [review.id, review]));
  const idByQuarter = new Map(current.map((review) => [review.quarter, review.id]));
  const put: QuarterlyReview[] = [];
  const deleteKeys = new Set<string>();
  for (const review of incoming) {
    const sameId = byId.get(review.id);
    const quarterId = idByQuarter.get(review.quarter);
    const sameQuarter = quarterId === undefined || quarterId === review.id ? undefined : byId.get(quarterId);
    const collisions = [sameId, sameQuarter].filter((other) => other !== undefined);
    if (!collisions.every((other) => isNewer(review.updatedAt, other.updatedAt))) continue;
    for (const other of collisions) {
      byId.delete(other.id);
      idByQuarter.delete(other.quarter);
      // Every overwritten review is deleted before the bulk put, so no put meets the old quarter
      // of a review that is itself about to move: the unique quarter index never sees a clash.
      deleteKeys.add(other.id);
    }
    byId.set(review.id, review);
    idByQuarter.set(review.quarter, review.id);
    put.push(review);
  }
  // Counted against the journal before the merge, whatever order the decisions came in.
  const existed = new Set(current.map((review) => review.id));
  const updated = put.filter((review) => existed.has(review.id)).length;
  const changes: TableChanges = {
    added: put.length - updated,
    updated,
    unchanged: incoming.length - put.length,
    removed: current.filter((review) => !byId.has(review.id)).length,
  };
  return { clear: false, deleteKeys: [...deleteKeys], put, changes };
}

function mergeSettings(current: readonly Setting[], incoming: readonly Setting[]): TablePlan<Setting> {
  const keys = new Set(current.map((setting) => setting.key));
  const put = incoming.filter((setting) => !keys.has(setting.key));
  return { clear: false, deleteKeys: [], put, changes: { ...noChanges(), added: put.length, unchanged: incoming.length - put.length } };
}

function isSettled(state: EvidenceItem['state'] | undefined): boolean {
  return state === 'accepted' || state === 'dismissed';
}

function mergeEvidenceItems(current: readonly EvidenceItem[], incoming: readonly EvidenceItem[]): TablePlan<EvidenceItem> {
  const currentByKey = new Map(current.map((item) => [item.key, item]));
  const changes = noChanges();
  const put: EvidenceItem[] = [];
  for (const item of incoming) {
    const existing = currentByKey.get(item.key);
    if (existing === undefined) {
      changes.added += 1;
      put.push(item);
    } else if (isSettled(existing.state) && !isSettled(item.state)) {
      // Never back to 'drafted', however new the backup's record: what was dealt with stays so.
      changes.unchanged += 1;
    } else if (isNewer(item.updatedAt, existing.updatedAt)) {
      changes.updated += 1;
      put.push(item);
    } else {
      changes.unchanged += 1;
    }
  }
  return { clear: false, deleteKeys: [], put, changes };
}

/**
 * Merges drafts by id, given the source items as they will be once merged: a draft whose every
 * item is settled is neither added nor kept.
 */
function mergeDrafts(
  current: readonly EvidenceDraft[],
  incoming: readonly EvidenceDraft[],
  currentItems: readonly EvidenceItem[],
  itemsPlan: TablePlan<EvidenceItem>,
): TablePlan<EvidenceDraft> {
  const stateByKey = new Map(currentItems.map((item) => [item.key, item.state]));
  for (const item of itemsPlan.put) stateByKey.set(item.key, item.state);
  const isDealtWith = (draft: EvidenceDraft) => draft.itemKeys.length > 0 && draft.itemKeys.every((key) => isSettled(stateByKey.get(key)));
  const dealtWith = current.filter(isDealtWith);
  const waiting = incoming.filter((draft) => !isDealtWith(draft));
  const plan = mergeById(
    current.filter((draft) => !isDealtWith(draft)),
    waiting,
    (draft) => draft.createdAt,
  );
  return {
    ...plan,
    deleteKeys: dealtWith.map((draft) => draft.id),
    changes: { ...plan.changes, unchanged: plan.changes.unchanged + incoming.length - waiting.length, removed: dealtWith.length },
  };
}

const byId = (row: { id: string }): string => row.id;
const byKey = (row: { key: string }): string => row.key;
const updatedAt = (row: { updatedAt: string }): string => row.updatedAt;

/** What a restore of `backup` over `current` in `mode` writes, table by table, and what it changes. */
export function planRestore(current: BackupTables, backup: BackupTables, mode: RestoreMode): RestorePlan {
  if (mode === 'replace') {
    return {
      entries: replaceTable(current.entries, backup.entries, byId),
      reviews: replaceTable(current.reviews, backup.reviews, byId),
      goals: replaceTable(current.goals, backup.goals, byId),
      readingList: replaceTable(current.readingList, backup.readingList, byId),
      packets: replaceTable(current.packets, backup.packets, byId),
      frameworks: replaceTable(current.frameworks, backup.frameworks, byId),
      settings: replaceTable(current.settings, backup.settings, byKey),
      drafts: replaceTable(current.drafts, backup.drafts, byId),
      evidenceItems: replaceTable(current.evidenceItems, backup.evidenceItems, byKey),
    };
  }
  const evidenceItems = mergeEvidenceItems(current.evidenceItems, backup.evidenceItems);
  return {
    entries: mergeById(current.entries, backup.entries, updatedAt),
    reviews: mergeReviews(current.reviews, backup.reviews),
    goals: mergeById(current.goals, backup.goals, updatedAt),
    readingList: mergeById(current.readingList, backup.readingList, updatedAt),
    packets: mergeById(current.packets, backup.packets, updatedAt),
    frameworks: mergeById(current.frameworks, backup.frameworks, updatedAt),
    settings: mergeSettings(current.settings, backup.settings),
    drafts: mergeDrafts(current.drafts, backup.drafts, current.evidenceItems, evidenceItems),
    evidenceItems,
  };
}
