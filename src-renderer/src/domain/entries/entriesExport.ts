/** What the Markdown and CSV exports of entries share: which entries, in which order, and names. */
import type { Entry, Framework } from '../types';

/**
 * The entries an export holds: those not in the trash, oldest first (by `occurredOn`, then
 * `createdAt`, then id), so an export reads like a journal, from the first page on.
 */
export function entriesForExport(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((entry) => entry.deletedAt === null)
    .sort((a, b) => compareText(a.occurredOn, b.occurredOn) || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Names competency ids by `framework`; an id the framework no longer has (a retired competency)
 * is shown as the id itself, so no evidence silently disappears from an export.
 */
export function competencyNamer(framework: Framework): (id: string) => string {
  const names = new Map(framework.competencies.map((competency) => [competency.id, competency.name]));
  return (id) => names.get(id) ?? id;
}
