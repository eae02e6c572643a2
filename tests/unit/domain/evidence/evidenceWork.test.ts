import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitLogArguments } from '../../../../src-main/shared/gitLogCommand';
import { gitDrafts } from '../../../../src-renderer/src/domain/evidence/gitDrafts';
import { parseGitLog } from '../../../../src-renderer/src/domain/evidence/gitLog';
import type { EvidenceRequest } from '../../../../src-renderer/src/domain/evidence/evidenceWork';
import { inThreadStarter, runFileWork } from '../../../../src-renderer/src/workers/fileWorkClient';
import { calendarDrafts } from '../../../../src-renderer/src/domain/evidence/calendarDrafts';
import { trackerDrafts } from '../../../../src-renderer/src/domain/evidence/trackerDrafts';
import google from '../../../fixtures/calendar/google.ics?raw';
import jiraCsv from '../../../fixtures/trackers/jira.csv?raw';
import notAnExportCsv from '../../../fixtures/trackers/not-an-export.csv?raw';
import { ada, exampleHistory, TestRepository, type ExampleHistory } from './gitTestRepository';

/*
 * Every source's text through the file worker's message protocol (in this thread, as in jsdom):
 * the same drafts as the domain functions make, progress on the way, sources that cannot be read
 * answered with the user's message, and cancelling rejects at once.
 */

let repository: TestRepository;
let history: ExampleHistory;
let log: string;

beforeAll(() => {
  repository = new TestRepository();
  history = exampleHistory(repository);
  log = repository.git(gitLogArguments({ since: '2025-01-01' }));
});
afterAll(() => repository.remove());

const createdAt = '2026-11-18T10:00:00.000Z';

function prepare(request: EvidenceRequest, known: string[] = [], options: { signal?: AbortSignal; stages?: string[] } = {}) {
  return runFileWork(
    { kind: 'prepare-evidence', work: { request, known, createdAt } },
    { signal: options.signal, onProgress: (stage) => options.stages?.push(stage) },
    inThreadStarter,
  );
}

describe('prepare-evidence: git', () => {
  it('makes the drafts gitDrafts makes, reporting its stages', async () => {
    const stages: string[] = [];
    const prepared = await prepare({ source: 'git', text: log, repository: 'scope', emails: [ada.email] }, [], { stages });
    if (!prepared.ok) throw new Error(prepared.problem);
    const direct = gitDrafts(parseGitLog(log), {
      repository: 'scope',
      emails: [ada.email],
      known: new Set(),
      createdAt,
      newId: () => 'id',
    });
    expect(prepared.source).toBe('git');
    expect(prepared.read).toBe(parseGitLog(log).length);
    expect(prepared.drafts.map(({ id: _id, ...draft }) => draft)).toEqual(direct.map(({ id: _id, ...draft }) => draft));
    expect(new Set(prepared.drafts.map((draft) => draft.id)).size).toBe(prepared.drafts.length);
    expect(stages).toEqual(['Reading the commits…', expect.stringMatching(/^Grouping \d+ commits into drafts…$/)]);
  });

  it('leaves out what the Inbox knows', async () => {
    const prepared = await prepare({ source: 'git', text: log, repository: 'scope', emails: [ada.email] }, [`git:${history.squash}`]);
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.drafts.flatMap((draft) => draft.itemKeys)).not.toContain(`git:${history.squash}`);
  });

  it('answers a file that is no git log with what is wrong, in the user’s words', async () => {
    const prepared = await prepare({ source: 'git', text: 'commit 0123\nAuthor: A <a@b>\n', repository: 'scope', emails: [ada.email] });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.problem).toMatch(/not the output of the git command/);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      prepare({ source: 'git', text: log, repository: 'scope', emails: [ada.email] }, [], { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

const withoutIds = (drafts: readonly { id: string }[]) => drafts.map(({ id: _id, ...draft }) => draft);

describe('prepare-evidence: calendar', () => {
  const period = { origin: 'work.ics', from: '2025-03-01', to: '2025-03-31', emails: ['ada@work.example'], timeZone: 'Europe/Berlin' };

  it('makes the drafts calendarDrafts makes, with progress as a fraction', async () => {
    const fractions: (number | null)[] = [];
    const prepared = await runFileWork(
      { kind: 'prepare-evidence', work: { request: { source: 'calendar', text: google, ...period }, known: [], createdAt } },
      { onProgress: (_stage, fraction) => fractions.push(fraction) },
      inThreadStarter,
    );
    if (!prepared.ok) throw new Error(prepared.problem);
    const direct = calendarDrafts(google, { ...period, known: new Set(), createdAt, newId: () => 'id' });
    expect(prepared.source).toBe('calendar');
    expect(prepared.read).toBe(direct.events);
    expect(prepared.drafts.length).toBeGreaterThan(0);
    expect(withoutIds(prepared.drafts)).toEqual(withoutIds(direct.drafts));
    expect(fractions[0]).toBe(0);
  });

  it('answers a file that is no calendar in the user’s words', async () => {
    const prepared = await prepare({ source: 'calendar', text: 'hello', ...period });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.problem).toMatch(/calendar/i);
  });
});

describe('prepare-evidence: tracker', () => {
  const options = { fileName: 'jira.csv', names: ['Ada Lovelace'], jiraSite: 'https://example.atlassian.net', timeZone: 'Europe/Berlin' };

  it('makes the drafts trackerDrafts makes, naming the tracker', async () => {
    const prepared = await prepare({ source: 'tracker', text: jiraCsv, ...options });
    if (!prepared.ok) throw new Error(prepared.problem);
    const direct = trackerDrafts(jiraCsv, { ...options, known: new Set(), createdAt, newId: () => 'id' });
    expect(prepared.source).toBe('jira');
    expect(prepared.read).toBe(direct.rows);
    expect(prepared.drafts.length).toBeGreaterThan(0);
    expect(withoutIds(prepared.drafts)).toEqual(withoutIds(direct.drafts));
  });

  it('answers a file that is no tracker export in the user’s words', async () => {
    const prepared = await prepare({ source: 'tracker', text: notAnExportCsv, ...options });
    expect(prepared.ok).toBe(false);
  });
});
