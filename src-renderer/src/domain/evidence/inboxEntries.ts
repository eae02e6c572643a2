import { emptyDraft } from '../entries/entryDraft';
import { scopeRank } from '../scopeLevels';
import type { EntryDraft, EntryKind, EntryLink, EvidenceDraft } from '../types';
import { markdownText } from './evidenceText';

/** The journal entry a draft becomes as it is: its own words, kind, scope, people and tags. */
export function entryDraftOf(draft: EvidenceDraft): EntryDraft {
  return {
    ...emptyDraft(draft.kind, draft.occurredOn),
    title: draft.title,
    body: draft.body,
    scope: draft.scope,
    people: [...draft.people],
    tags: [...draft.tags],
    links: draft.links.map((link) => ({ ...link })),
  };
}

/**
 * One entry from several drafts, for one piece of work that spans many commits and meetings: the
 * newest draft's title, every draft's body under its own title, the latest day, the kind most of
 * them suggest (the newest's on a tie), the widest scope, and everyone's people, tags and links.
 * `drafts` must not be empty.
 */
export function mergedEntryDraft(drafts: readonly EvidenceDraft[]): EntryDraft {
  const newestFirst = [...drafts].sort((a, b) => (a.occurredOn === b.occurredOn ? 0 : a.occurredOn < b.occurredOn ? 1 : -1));
  const newest = newestFirst[0];
  if (!newest) throw new Error('Nothing to merge: no drafts were chosen.');
  const kindVotes = new Map<EntryKind, number>();
  for (const draft of newestFirst) kindVotes.set(draft.kind, (kindVotes.get(draft.kind) ?? 0) + 1);
  let kind = newest.kind;
  for (const [candidate, votes] of kindVotes) if (votes > (kindVotes.get(kind) ?? 0)) kind = candidate;
  const scope = newestFirst.reduce((widest, draft) => (scopeRank(draft.scope) > scopeRank(widest) ? draft.scope : widest), newest.scope);
  const links = new Map<string, EntryLink>();
  for (const draft of newestFirst) for (const link of draft.links) if (!links.has(link.url)) links.set(link.url, { ...link });
  return {
    ...emptyDraft(kind, newest.occurredOn),
    title: newest.title,
    body: newestFirst.map((draft) => `### ${markdownText(draft.title)}\n\n${draft.body}`.trim()).join('\n\n'),
    scope,
    people: distinct(newestFirst.flatMap((draft) => draft.people)),
    tags: distinct(newestFirst.flatMap((draft) => draft.tags)),
    links: [...links.values()],
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
