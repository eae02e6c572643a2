import type { EntryKind } from '../types';

export interface EntryKindInfo {
  id: EntryKind;
  label: string;
  /** One line shown where a kind is chosen. */
  hint: string;
}

export const entryKinds: readonly EntryKindInfo[] = [
  { id: 'win', label: 'Win', hint: 'Something shipped, fixed or improved, and what it changed.' },
  { id: 'decision', label: 'Decision', hint: 'A call you made or shaped, the options, and your confidence.' },
  { id: 'feedback', label: 'Feedback', hint: 'What someone said about your work, in their words.' },
  { id: 'mentoring', label: 'Mentoring', hint: 'Helping someone else grow: pairing, reviews, coaching.' },
  { id: 'learning', label: 'Learning', hint: 'A skill, book, course or domain you picked up.' },
  { id: 'incident', label: 'Incident', hint: 'An outage or near miss you handled, and what you changed after.' },
  { id: 'writing', label: 'Writing', hint: 'A design doc, RFC, post-mortem or talk.' },
  { id: 'reflection', label: 'Reflection', hint: 'Thinking about how you work and where you are heading.' },
];

export const entryKindIds: readonly EntryKind[] = entryKinds.map((kind) => kind.id);

const labelById = new Map(entryKinds.map((kind) => [kind.id, kind.label]));

export function kindLabel(id: EntryKind): string {
  return labelById.get(id) ?? id;
}

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (entryKindIds as readonly string[]).includes(value);
}
