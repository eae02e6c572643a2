/**
 * Turning a source's text into Inbox drafts, as one piece of work for the file worker: a git log
 * (from a file or the desktop's own scan), a calendar (.ics) or a tracker export. The page reads
 * which items the Inbox already knows, the worker does the parsing and grouping (the slow part:
 * 50,000 commits or 5,000 events), and the page adds the drafts in one transaction. So the page
 * never stalls, the work shows its progress, and Cancel stops it at once.
 */
import type { DraftSource, EvidenceDraft } from '../types';
import { calendarDrafts, CalendarFormatError } from './calendarDrafts';
import { gitDrafts } from './gitDrafts';
import { GitLogFormatError, parseGitLog } from './gitLog';
import { trackerDrafts, TrackerFormatError } from './trackerDrafts';

/** What to read, and what the user told the Inbox about themselves. */
export type EvidenceRequest =
  | { source: 'git'; text: string; repository: string; emails: string[] }
  | { source: 'calendar'; text: string; origin: string; from: string; to: string; emails: string[]; timeZone: string }
  | { source: 'tracker'; text: string; fileName: string; names: string[]; jiraSite?: string; timeZone: string };

export interface EvidenceWork {
  request: EvidenceRequest;
  /** Keys of every item the Inbox has drafted before (`evidenceItems`). */
  known: string[];
  /** When the drafts are made (their `createdAt`). */
  createdAt: string;
}

/** The drafts a source makes, or what is wrong with it, in the user's words. */
export type PreparedEvidence =
  | {
      ok: true;
      source: DraftSource;
      drafts: EvidenceDraft[];
      /** Items read from the source: commits, event occurrences in the period, issues. */
      read: number;
    }
  | { ok: false; problem: string };

/** Errors whose message is for the user as it is: the source is not what it claims. */
function isSourceProblem(error: unknown): error is Error {
  return error instanceof GitLogFormatError || error instanceof CalendarFormatError || error instanceof TrackerFormatError;
}

/**
 * The drafts `work` makes (see the module comment). `onProgress` hears each stage. A source that
 * cannot be read is `{ ok: false }`; anything else that fails throws.
 */
export function prepareEvidence(work: EvidenceWork, onProgress: (stage: string, fraction: number | null) => void): PreparedEvidence {
  const { request, createdAt } = work;
  const known = new Set(work.known);
  const newId = () => crypto.randomUUID();
  try {
    switch (request.source) {
      case 'git': {
        onProgress('Reading the commits…', null);
        const commits = parseGitLog(request.text);
        onProgress(`Grouping ${commits.length.toLocaleString('en-US')} commits into drafts…`, null);
        const drafts = gitDrafts(commits, { repository: request.repository, emails: request.emails, known, createdAt, newId });
        return { ok: true, source: 'git', drafts, read: commits.length };
      }
      case 'calendar': {
        onProgress('Reading the calendar…', 0);
        const { drafts, events } = calendarDrafts(request.text, {
          origin: request.origin,
          from: request.from,
          to: request.to,
          emails: request.emails,
          timeZone: request.timeZone,
          known,
          createdAt,
          newId,
          onProgress: (fraction) => onProgress('Reading the calendar…', fraction),
        });
        return { ok: true, source: 'calendar', drafts, read: events };
      }
      case 'tracker': {
        onProgress('Reading the export…', null);
        const { source, drafts, rows } = trackerDrafts(request.text, {
          fileName: request.fileName,
          names: request.names,
          ...(request.jiraSite === undefined ? {} : { jiraSite: request.jiraSite }),
          timeZone: request.timeZone,
          known,
          createdAt,
          newId,
        });
        return { ok: true, source, drafts, read: rows };
      }
    }
  } catch (error) {
    if (isSourceProblem(error)) return { ok: false, problem: error.message };
    throw error;
  }
}
