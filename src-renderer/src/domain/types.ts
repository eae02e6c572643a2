import type { QuarterKey } from './quarters';

/**
 * The records Scope Journal keeps. Dates the user picks (`occurredOn`, `followUpOn`) are local
 * calendar dates `YYYY-MM-DD`; timestamps the app sets (`createdAt`, `updatedAt`, `deletedAt`) are
 * ISO 8601 instants.
 */

export type ScopeLevelId = 'self' | 'team' | 'department' | 'company' | 'industry';

/** The seniority levels a packet's readiness compares with, each expecting a wider scope. */
export type RoleLevel = 'senior' | 'staff' | 'principal';

/** The scope a role is expected to reach, narrowest first: `from` is the least it needs. */
export interface ScopeRange {
  from: ScopeLevelId;
  to: ScopeLevelId;
}

export type EntryKind = 'win' | 'decision' | 'feedback' | 'mentoring' | 'learning' | 'incident' | 'writing' | 'reflection';

/** Where an entry came from. `sample` entries belong to the built-in sample journal. */
export type EntrySource = 'user' | 'sample';

/** A measured effect, e.g. `{ name: 'p95 latency', value: -40, unit: '%' }`. */
export interface ImpactMetric {
  name: string;
  value: number;
  unit: string;
}

export interface EntryLink {
  label: string;
  url: string;
}

export interface Entry {
  id: string;
  /** The day it happened, chosen by the user. */
  occurredOn: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  /** Markdown. */
  body: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  /** Competency ids of the active framework. */
  competencies: string[];
  tags: string[];
  /** What changed because of this, in words. */
  impact: string;
  impactMetric: ImpactMetric | null;
  people: string[];
  links: EntryLink[];
  /** Where AI tools were used significantly, so the provenance of the work is on record. */
  aiAssist: string;
  /** A highlight: offered first when a promotion packet is assembled. */
  starred: boolean;
  /** When to look back at a decision or launch and record what actually happened. */
  followUpOn: string | null;
  /** What actually happened, filled in at the follow-up. */
  outcome: string;
  /** Decisions: the options considered. */
  options: string[];
  /** Decisions: the option chosen and why. */
  choice: string;
  /** Decisions: confidence in the choice when it was made, 0–100 %, or null if not recorded. */
  confidence: number | null;
  /** Set when the entry is in the trash; null otherwise. */
  deletedAt: string | null;
  source: EntrySource;
  /**
   * Set only on entries an import created: where the entry came from, such as `day-one:<uuid>` or
   * `jrnl-text:#<sha256 hex>`, so importing the same file again finds it. Entries written in the
   * app have no such property.
   */
  importKey?: string;
  /**
   * Files attached to the entry (images, PDFs), as references to the `attachments` table by
   * content hash. Absent on entries that never had one, and stored absent rather than empty.
   */
  attachments?: AttachmentRef[];
}

/** The kinds of file an entry can hold: images a page can show, and PDFs. */
export type AttachmentMediaType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'application/pdf';

/** One file attached to an entry: what the entry keeps; the bytes are in `StoredAttachment`. */
export interface AttachmentRef {
  /** SHA-256 of the file's bytes, lowercase hex: the key of its `StoredAttachment`. */
  hash: string;
  /** The file's name as the user gave it (a pasted image gets one made up). */
  fileName: string;
  /** What the bytes are, as read from them (never as the name or the system claimed). */
  mediaType: AttachmentMediaType;
  /** Size in bytes. */
  byteSize: number;
  /** An image's size in pixels; absent for PDFs. */
  width?: number;
  height?: number;
}

/**
 * A file's bytes, stored once however many entries refer to it (by `hash`). Rows whose hash no
 * entry, kept editor draft or safety snapshot mentions are deleted when entries are deleted forever.
 */
export interface StoredAttachment {
  hash: string;
  mediaType: AttachmentMediaType;
  byteSize: number;
  /** The file itself, typed with `mediaType`. */
  blob: Blob;
  /** An image's thumbnail (at most 320 pixels on its longer side), made once when it was added; null for a PDF. */
  thumbnail: Blob | null;
  /** When the file was first stored. */
  createdAt: string;
  /**
   * When the file was last added to an entry or a draft (adding the same file again moves it):
   * the clean-up spares files added in the last day, which an editor may still hold unsaved.
   */
  lastAddedAt: string;
}

/**
 * A checked file, hashed and with its thumbnail made, ready to be stored (the stored row's times
 * are set when it is): what attaching a file and importing one both give `storeAttachments`.
 */
export type NewAttachment = Omit<StoredAttachment, 'createdAt' | 'lastAddedAt'>;

/** The fields a user edits; the rest are set by the repository. */
export type EntryDraft = Omit<Entry, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'source'>;

export interface Competency {
  id: string;
  name: string;
  /** One paragraph: what this competency is and why it matters. */
  description: string;
  /** Observable behaviours that demonstrate it. */
  behaviours: string[];
  /** Reflection prompts that help a user find or write evidence for it. */
  prompts: string[];
  /**
   * The scope each role is expected to reach with it, where it differs from the scope ladder's
   * defaults (`expectedScopeFor`). Absent on competencies that keep every default.
   */
  expectedScope?: Partial<Record<RoleLevel, ScopeRange>>;
}

export interface Framework {
  id: string;
  name: string;
  competencies: Competency[];
  updatedAt: string;
}

/** One row of the key–value settings table. */
export interface Setting {
  key: string;
  value: unknown;
}

/** A quarterly self-review. Computed figures are derived when shown, never stored. */
export interface QuarterlyReview {
  id: string;
  /** Like `2026-Q3`; one review per quarter. */
  quarter: QuarterKey;
  /** Answers to the framework's prompts, by competency id. */
  answers: Record<string, string>;
  /** Self-rating from 1 to 5, by competency id. */
  ratings: Record<string, number>;
  summary: string;
  createdAt: string;
  updatedAt: string;
}

export interface Goal {
  id: string;
  currentRole: string;
  targetRole: string;
  targetDate: string | null;
  competencyIds: string[];
  behaviours: string[];
  status: 'active' | 'achieved' | 'dropped';
  updatedAt: string;
}

export interface ReadingListItem {
  id: string;
  title: string;
  author: string;
  status: 'to-read' | 'reading' | 'finished';
  notes: string;
  competencyIds: string[];
  updatedAt: string;
}

export interface Packet {
  id: string;
  title: string;
  /** The engineer's own name, shown on the cover (never redacted). */
  authorName: string;
  /** The role held now; the cover reads "current → target". */
  currentRole: string;
  targetRole: string;
  periodStart: string;
  periodEnd: string;
  entryIds: string[];
  narratives: Record<string, string>;
  /**
   * The text "Draft narratives" last put in each narrative, by competency id, so a narrative the
   * user has since edited is told apart and never overwritten; absent on packets saved before it existed.
   */
  draftedNarratives?: Record<string, string>;
  summary: string;
  options: {
    redactPeople: boolean;
    includeAppendix: boolean;
    includeReviews: boolean;
    pageSize: 'A4' | 'Letter';
    /** Print a one-page summary instead of the whole packet; absent (so off) on packets saved before it existed. */
    onePage?: boolean;
    /** Print each appendix entry's images under it; absent (so off) on packets saved before it existed. */
    includeImages?: boolean;
  };
  /** The user's choices in "Names to redact"; absent on packets saved before it existed. */
  redaction?: PacketRedaction;
  createdAt: string;
  updatedAt: string;
}

/**
 * What the user changed in a packet's "Names to redact". Redaction replaces the names the finder
 * ticks by default, minus `unticked`, plus `added`. Names are kept as the list shows them.
 */
export interface PacketRedaction {
  /** Names found and ticked by default that the user unticked. */
  unticked: string[];
  /** Names the user typed under "Add a name", or ticked although the finder had not. */
  added: string[];
}

/**
 * A safety copy of the whole database, taken before a restore replaces or merges data, so the
 * restore can be undone. The newest few are kept.
 */
export interface Snapshot {
  id: string;
  createdAt: string;
  /** What it was taken before: a restore, or the first sync that merged a folder into this journal. */
  reason: 'before-restore' | 'before-sync';
  /** Entries in the copy, the trash included. */
  entryCount: number;
  /** Size of `contents` in UTF-8 bytes. */
  bytes: number;
  /** The text of a whole backup file (see `domain/backup/backupFile.ts`). */
  contents: string;
}

/** Where a draft in the Inbox was found. */
export type DraftSource = 'git' | 'calendar' | 'jira' | 'linear' | 'github';

/**
 * A piece of evidence the app found in the user's own activity (git history, a calendar, a
 * tracker export), waiting in the Inbox. Nothing of it is in the journal until the user accepts it.
 */
export interface EvidenceDraft {
  id: string;
  source: DraftSource;
  /** Where exactly, for display: the repository's name, the calendar's file. */
  origin: string;
  /** The day of the work (the latest day it covers). */
  occurredOn: string;
  title: string;
  /** Markdown: what the draft is made of (commits, files and lines changed, folders). */
  body: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  people: string[];
  tags: string[];
  links: EntryLink[];
  /**
   * The source items it was made from (`git:<commit hash>`, …). Each is also in `evidenceItems`,
   * so a later scan never drafts it again.
   */
  itemKeys: string[];
  createdAt: string;
}

/**
 * One source item ever drafted (a commit, an event, an issue), so a rescan adds only what is new
 * and a dismissed or accepted draft never comes back.
 */
export interface EvidenceItem {
  /** `git:<commit hash>`, `calendar:<uid>:<date>`, … */
  key: string;
  state: 'drafted' | 'accepted' | 'dismissed';
  updatedAt: string;
}
