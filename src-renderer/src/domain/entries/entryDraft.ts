import { todayLocalDate } from '../dates';
import type { EntryDraft, EntryKind } from '../types';

/** An empty entry of a kind, dated today: what "New entry" starts from. */
export function emptyDraft(kind: EntryKind = 'win', today: string = todayLocalDate()): EntryDraft {
  return {
    occurredOn: today,
    title: '',
    body: '',
    kind,
    scope: 'team',
    competencies: [],
    tags: [],
    impact: '',
    impactMetric: null,
    people: [],
    links: [],
    aiAssist: '',
    starred: false,
    followUpOn: null,
    outcome: '',
    options: [],
    choice: '',
    confidence: null,
  };
}

/**
 * Splits a comma- or newline-separated field ("Tags", "People") into clean unique items,
 * keeping the order the user typed them in.
 */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

/** Tags are matched without regard to case or a leading `#`. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').toLowerCase();
}
