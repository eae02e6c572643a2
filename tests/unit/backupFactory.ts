import { backupChecksum, type BackupTables } from '../../src-renderer/src/domain/backup/backupFile';
import type {
  EvidenceDraft,
  EvidenceItem,
  Framework,
  Goal,
  Packet,
  QuarterlyReview,
  ReadingListItem,
} from '../../src-renderer/src/domain/types';
import { makeEntry } from './entryFactory';

const timestamp = '2026-01-15T10:00:00.000Z';

/** Every backup table, empty. */
export const emptyTables: BackupTables = {
  entries: [],
  reviews: [],
  goals: [],
  readingList: [],
  packets: [],
  frameworks: [],
  settings: [],
  drafts: [],
  evidenceItems: [],
};

export function makeReview(overrides: Partial<QuarterlyReview> = {}): QuarterlyReview {
  return {
    id: 'review-1',
    quarter: '2026-Q1',
    answers: { mentoring: 'Paired weekly' },
    ratings: { mentoring: 4 },
    summary: 'A good quarter',
    createdAt: timestamp,
    updatedAt: timestamp,
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    currentRole: 'Engineer',
    targetRole: 'Senior Engineer',
    targetDate: '2027-01-01',
    competencyIds: ['mentoring'],
    behaviours: ['Lead a design review'],
    status: 'active',
    updatedAt: timestamp,
    ...overrides,
  };
}

export function makeBook(overrides: Partial<ReadingListItem> = {}): ReadingListItem {
  return {
    id: 'book-1',
    title: 'The Staff Engineer’s Path',
    author: 'Tanya Reilly',
    status: 'reading',
    notes: 'Chapter 3',
    competencyIds: ['strategic-influence'],
    updatedAt: timestamp,
    ...overrides,
  };
}

export function makePacket(overrides: Partial<Packet> = {}): Packet {
  return {
    id: 'packet-1',
    title: 'Promotion packet',
    authorName: 'Sam',
    currentRole: 'Engineer',
    targetRole: 'Senior Engineer',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    entryIds: [],
    narratives: { mentoring: 'Grew two engineers' },
    summary: '',
    options: { redactPeople: false, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
    createdAt: timestamp,
    updatedAt: timestamp,
    ...overrides,
  };
}

export function makeFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    id: 'ladder',
    name: 'Our ladder',
    competencies: [
      {
        id: 'mentoring',
        name: 'Mentoring and growing others',
        description: 'Helps others grow.',
        behaviours: ['Pairs'],
        prompts: ['Who did you help?'],
      },
      { id: 'systems-thinking', name: 'Systems thinking', description: '', behaviours: [], prompts: [] },
    ],
    updatedAt: timestamp,
    ...overrides,
  };
}

export function makeDraft(overrides: Partial<EvidenceDraft> = {}): EvidenceDraft {
  return {
    id: 'draft-1',
    source: 'git',
    origin: 'scope-journal',
    occurredOn: '2026-01-14',
    title: 'Cut the timeline’s first render in half',
    body: '- 3 commits, 12 files, +240 −180 lines\n- src-renderer/src/features/journal',
    kind: 'win',
    scope: 'team',
    people: ['Ann'],
    tags: ['scope-journal'],
    links: [],
    itemKeys: ['git:1111111111111111111111111111111111111111', 'git:2222222222222222222222222222222222222222'],
    createdAt: timestamp,
    ...overrides,
  };
}

export function makeEvidenceItem(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return { key: 'git:1111111111111111111111111111111111111111', state: 'drafted', updatedAt: timestamp, ...overrides };
}

/** A journal with every table filled: `entryCount` entries (every tenth in the trash) and one or two of the rest. */
export function makeTables(entryCount = 3): BackupTables {
  const entries = Array.from({ length: entryCount }, (_, index) =>
    makeEntry({
      id: `entry-${String(index).padStart(6, '0')}`,
      occurredOn: `20${String(20 + (index % 6))}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
      title: `Entry ${index}`,
      body: `Worked on **thing ${index}**.\n\n- a point\n- another`,
      competencies: index % 2 === 0 ? ['mentoring'] : ['systems-thinking', 'retired-one'],
      tags: [`tag-${index % 7}`],
      people: index % 3 === 0 ? ['Ann'] : [],
      impactMetric: index % 5 === 0 ? { name: 'p95 latency', value: -(index + 1), unit: '%' } : null,
      deletedAt: index % 10 === 9 ? '2026-02-01T00:00:00.000Z' : null,
      ...(index % 4 === 0 ? { importKey: `day-one:${index}` } : {}),
    }),
  );
  return {
    entries,
    reviews: [makeReview(), makeReview({ id: 'review-2', quarter: '2026-Q2' })],
    goals: [makeGoal()],
    readingList: [makeBook(), makeBook({ id: 'book-2', title: 'An Elegant Puzzle', status: 'to-read' })],
    packets: [makePacket({ entryIds: entries.slice(0, 2).map((entry) => entry.id) })],
    frameworks: [makeFramework()],
    settings: [
      { key: 'activeFrameworkId', value: 'ladder' },
      { key: 'firstRunComplete', value: true },
      { key: 'backupFolder', value: { path: 'C:\\Backups', keep: 5 } },
    ],
    drafts: [
      makeDraft(),
      makeDraft({
        id: 'draft-2',
        source: 'calendar',
        origin: 'work.ics',
        title: 'Architecture review',
        kind: 'decision',
        itemKeys: ['calendar:review@example.com:2026-01-12'],
      }),
    ],
    evidenceItems: [
      makeEvidenceItem(),
      makeEvidenceItem({ key: 'git:2222222222222222222222222222222222222222' }),
      makeEvidenceItem({ key: 'calendar:review@example.com:2026-01-12' }),
      makeEvidenceItem({ key: 'git:3333333333333333333333333333333333333333', state: 'dismissed' }),
    ],
  };
}

/** The tables a format-1 backup holds: every table but the Inbox's. */
export type Format1Tables = Omit<BackupTables, 'drafts' | 'evidenceItems'>;

/**
 * `tables` as a format-1 backup file, laid out as the app wrote it before the Inbox existed (schema
 * version 2, seven tables, the checksum over those seven).
 */
export async function format1BackupText(tables: Format1Tables, exportedAt = '2025-11-02T08:00:00.000Z'): Promise<string> {
  const data = {
    entries: tables.entries,
    reviews: tables.reviews,
    goals: tables.goals,
    readingList: tables.readingList,
    packets: tables.packets,
    frameworks: tables.frameworks,
    settings: tables.settings,
  };
  const counts = Object.fromEntries(Object.entries(data).map(([name, rows]) => [name, rows.length]));
  const header = {
    format: 'scope-journal-backup',
    version: 1,
    exportedAt,
    app: { name: 'Scope Journal', schemaVersion: 2 },
    counts,
    checksum: { algorithm: 'SHA-256', value: await backupChecksum(data) },
  };
  return `${JSON.stringify({ ...header, data }, null, 2)}\n`;
}

/** Every table of `tables` but the Inbox's, as a format-1 backup held them. */
export function withoutInbox({ drafts: _drafts, evidenceItems: _evidenceItems, ...tables }: BackupTables): Format1Tables {
  return tables;
}
