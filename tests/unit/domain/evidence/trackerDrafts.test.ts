import { render } from '@testing-library/react';
import Papa from 'papaparse';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '../../../../src-renderer/src/components/MarkdownView';
import type { EvidenceDraft } from '../../../../src-renderer/src/domain/types';
import {
  ghPrListCommand,
  trackerDrafts,
  TrackerFormatError,
  type TrackerDraftOptions,
} from '../../../../src-renderer/src/domain/evidence/trackerDrafts';
import ghJson from '../../../fixtures/trackers/gh-pr-list.json?raw';
import jiraMissingResolvedCsv from '../../../fixtures/trackers/jira-missing-resolved.csv?raw';
import jiraTruncatedCsv from '../../../fixtures/trackers/jira-truncated.csv?raw';
import jiraCsv from '../../../fixtures/trackers/jira.csv?raw';
import linearCsv from '../../../fixtures/trackers/linear.csv?raw';
import notAnExportCsv from '../../../fixtures/trackers/not-an-export.csv?raw';

/** Ada's Atlassian account id, as Jira Cloud writes it in "Assignee Id". */
const adaId = '712020:0b5f3a52-5d2e-4c1a-9f3e-1a2b3c4d5e6f';

function draftsOf(text: string, options: Partial<TrackerDraftOptions> = {}) {
  let count = 0;
  return trackerDrafts(text, {
    fileName: 'export.csv',
    names: ['Ada Lovelace'],
    timeZone: 'Europe/Berlin',
    known: new Set(),
    createdAt: '2026-11-18T10:00:00.000Z',
    newId: () => `draft-${(count += 1)}`,
    ...options,
  });
}

/** A value of each draft, by its item key. */
function byKey<T>(drafts: readonly EvidenceDraft[], pick: (draft: EvidenceDraft) => T): Record<string, T> {
  return Object.fromEntries(drafts.map((draft) => [draft.itemKeys[0] ?? '', pick(draft)] as const));
}

function keysOf(text: string, options: Partial<TrackerDraftOptions> = {}): string[] {
  return draftsOf(text, options).drafts.flatMap((draft) => draft.itemKeys);
}

function draftOf(text: string, key: string, options: Partial<TrackerDraftOptions> = {}) {
  const draft = draftsOf(text, options).drafts.find((each) => each.itemKeys.includes(key));
  if (!draft) throw new Error(`no draft for ${key}`);
  return draft;
}

/** A small Jira export in its real column names, for one setting at a time. */
function jiraFile(
  rows: readonly Record<string, string>[],
  header = ['Summary', 'Issue key', 'Issue Type', 'Status', 'Resolution', 'Assignee', 'Resolved', 'Description'],
) {
  return Papa.unparse({ fields: header, data: rows.map((row) => header.map((name) => row[name] ?? '')) }, { newline: '\r\n' });
}

function jiraRow(key: string, resolved: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    Summary: `Work on ${key}`,
    'Issue key': key,
    'Issue Type': 'Task',
    Status: 'Done',
    Resolution: 'Done',
    Assignee: 'Ada Lovelace',
    Resolved: resolved,
    ...overrides,
  };
}

function linearFile(
  rows: readonly Record<string, string>[],
  header = ['ID', 'Team', 'Title', 'Description', 'Status', 'Assignee', 'Labels', 'Created', 'Updated', 'Completed'],
) {
  return Papa.unparse({ fields: header, data: rows.map((row) => header.map((name) => row[name] ?? '')) }, { newline: '\n' });
}

function pullRequest(overrides: Record<string, unknown> = {}) {
  return {
    additions: 1,
    deletions: 1,
    headRepository: { id: 'R_kgDOLx3a9Q', name: 'scope-journal' },
    mergedAt: '2025-03-12T12:00:00Z',
    number: 1,
    title: 'Change',
    url: 'https://github.com/acme/scope-journal/pull/1',
    ...overrides,
  };
}

function formatError(run: () => unknown): TrackerFormatError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TrackerFormatError);
    expect((error as Error).name).toBe('TrackerFormatError');
    return error as TrackerFormatError;
  }
  throw new Error('expected a TrackerFormatError');
}

describe('trackerDrafts: the fixtures are shaped like the real exports', () => {
  it('keeps Jira’s byte order mark, CRLF rows, repeated columns and multi-line quoted descriptions', () => {
    expect(jiraCsv.startsWith('\uFEFFSummary,Issue key,Issue id,Issue Type,Status,')).toBe(true);
    expect(jiraCsv.split('\r\n', 1)[0]).toContain(',Labels,Labels,Labels,');
    expect(jiraCsv.split('\r\n', 1)[0]).toContain(',Watchers,Watchers,Watchers Id,Watchers Id,');
    expect(jiraCsv.split('\r\n', 1)[0]).toContain(',Sprint,Sprint,');
    expect(jiraCsv).toContain('"Cold start took 2.4 s on a mid-range phone, measured ""from tap to first paint"".\r\n\r\nh3. What changed');
    expect(linearCsv.startsWith('ID,Team,Title,Description,Status,Estimate,Priority,Project ID,Project,Creator,Assignee,Labels,')).toBe(
      true,
    );
    expect(JSON.parse(ghJson)).toHaveLength(5);
  });

  it('offers the gh command whose output it reads', () => {
    expect(ghPrListCommand).toBe(
      'gh pr list --author @me --state merged --limit 1000 --json number,title,mergedAt,url,additions,deletions,headRepository',
    );
  });
});

describe('trackerDrafts: which export a file is', () => {
  it('knows each export by its content, whatever the file is called', () => {
    expect(draftsOf(jiraCsv, { fileName: 'prs.json' })).toMatchObject({ source: 'jira', rows: 8 });
    expect(draftsOf(linearCsv, { fileName: 'jira.csv' })).toMatchObject({ source: 'linear', rows: 7 });
    expect(draftsOf(ghJson, { fileName: 'linear.csv' })).toMatchObject({ source: 'github', rows: 5 });
    const { drafts } = draftsOf(ghJson, { fileName: 'linear.csv' });
    expect(drafts.every((draft) => draft.source === 'github' && draft.origin === 'linear.csv')).toBe(true);
  });

  it('reads a Jira export saved with semicolons or tabs, and Linear’s without its byte order mark or with one', () => {
    const rows = Papa.parse<string[]>(jiraCsv, { skipEmptyLines: 'greedy' }).data;
    for (const delimiter of [';', '\t']) {
      const resaved = Papa.unparse(rows, { delimiter, newline: '\n' });
      expect(keysOf(resaved)).toEqual(keysOf(jiraCsv));
    }
    expect(keysOf(`\uFEFF${linearCsv.replace(/\n/g, '\r\n')}`)).toEqual(keysOf(linearCsv));
  });

  it('names the file as the drafts’ origin, on one line', () => {
    expect(draftsOf(jiraCsv, { fileName: ' Jira\n2025.csv ' }).drafts[0]?.origin).toBe('Jira 2025.csv');
    expect(draftsOf(jiraCsv, { fileName: '' }).drafts[0]?.origin).toBe('Tracker export');
  });
});

describe('trackerDrafts: Jira', () => {
  it('drafts the issues resolved and assigned to the user, by any of their names or ids, whatever the case', () => {
    expect(keysOf(jiraCsv, { names: [' ADA LOVELACE ', adaId] })).toEqual(['jira:OPS-7', 'jira:ENG-142', 'jira:ENG-143', 'jira:ENG-160']);
    // OPS-7's assignee reads "A. Lovelace (on call)": only the account id finds it.
    expect(keysOf(jiraCsv, { names: ['ada lovelace'] })).toEqual(['jira:ENG-142', 'jira:ENG-143', 'jira:ENG-160']);
    expect(keysOf(jiraCsv, { names: ['Grace Hopper', 'grace@acme.example'] })).toEqual(['jira:ENG-152']);
    expect(draftsOf(jiraCsv, { names: ['Nobody'] })).toEqual({ source: 'jira', drafts: [], rows: 8 });
  });

  it('leaves out unresolved issues: no Resolved date, or a resolution of “Unresolved”', () => {
    const keys = keysOf(jiraCsv, { names: ['Ada Lovelace', adaId] });
    expect(keys).not.toContain('jira:ENG-150');
    expect(keys).not.toContain('jira:ENG-151');
  });

  it('needs the user’s name as Jira shows it', () => {
    expect(() => draftsOf(jiraCsv, { names: [] })).toThrow(/your name as Jira shows it/);
    expect(() => draftsOf(jiraCsv, { names: [' ', '\n'] })).toThrow(/your name as Jira shows it/);
  });

  it('makes a draft of the key, summary, day, labels, reporter and the start of the description', () => {
    expect(draftOf(jiraCsv, 'jira:ENG-142', { fileName: 'Jira.csv' })).toEqual({
      id: 'draft-1',
      source: 'jira',
      origin: 'Jira.csv',
      occurredOn: '2025-03-12',
      title: 'ENG-142: Cut cold start by 40%',
      body: [
        '- Type: Story',
        '- Status: Done',
        '- Priority: High',
        '- Project: Engineering (ENG)',
        '',
        'Cold start took 2.4 s on a mid-range phone, measured "from tap to first paint".',
        '',
        'h3. What changed  ',
        '\\* Lazy-load the editor, defer the fonts  ',
        '\\* Cache the search index',
        '',
        'See \\[the dashboard\\|https://grafana.acme.example/d/cold-start\\] for the numbers.',
      ].join('\n'),
      kind: 'win',
      scope: 'team',
      people: ['Grace Hopper'],
      tags: ['eng', 'performance', 'startup', 'q1-goals'],
      links: [],
      itemKeys: ['jira:ENG-142'],
      createdAt: '2026-11-18T10:00:00.000Z',
    });
  });

  it('reads every Labels column, once each, and shows the resolution beside the status', () => {
    const outage = draftOf(jiraCsv, 'jira:OPS-7', { names: [adaId] });
    expect(outage.tags).toEqual(['ops', 'incident', 'sev-1']);
    expect(outage.body.split('\n').slice(0, 4)).toEqual([
      '- Type: Incident',
      '- Status: Resolved (Done)',
      '- Priority: Highest',
      '- Project: Operations (OPS)',
    ]);
    expect(draftOf(jiraCsv, 'jira:ENG-143').body).toContain('- Status: Done (Fixed)');
  });

  it('suggests an incident for bugs, incidents and hotfixes, writing for documentation, otherwise a win', () => {
    const kinds = byKey(draftsOf(jiraCsv, { names: ['Ada Lovelace', adaId] }).drafts, (draft) => draft.kind);
    expect(kinds).toEqual({ 'jira:OPS-7': 'incident', 'jira:ENG-142': 'win', 'jira:ENG-143': 'incident', 'jira:ENG-160': 'writing' });
    expect(draftOf(jiraCsv, 'jira:ENG-152', { names: ['Grace Hopper'] }).kind).toBe('incident');
    const documentation = jiraFile([jiraRow('DOC-1', '12/Mar/25 3:45 PM', { 'Issue Type': 'Documentation' })]);
    expect(draftsOf(documentation).drafts[0]?.kind).toBe('writing');
  });

  it('names the reporter unless it is the user or Jira’s automation', () => {
    const people = byKey(draftsOf(jiraCsv, { names: ['Ada Lovelace', adaId] }).drafts, (draft) => draft.people);
    expect(people).toEqual({ 'jira:OPS-7': [], 'jira:ENG-142': ['Grace Hopper'], 'jira:ENG-143': [], 'jira:ENG-160': ['Linus Pauling'] });
  });

  it('links each issue on the Jira site when one is given', () => {
    const linkOf = (jiraSite?: string) => draftOf(jiraCsv, 'jira:ENG-142', jiraSite === undefined ? {} : { jiraSite }).links;
    expect(linkOf()).toEqual([]);
    expect(linkOf('')).toEqual([]);
    expect(linkOf('https://acme.atlassian.net/')).toEqual([{ label: 'ENG-142', url: 'https://acme.atlassian.net/browse/ENG-142' }]);
    expect(linkOf('acme.atlassian.net')).toEqual([{ label: 'ENG-142', url: 'https://acme.atlassian.net/browse/ENG-142' }]);
    expect(linkOf('http://jira.acme.example/jira/?x=1#top')).toEqual([
      { label: 'ENG-142', url: 'http://jira.acme.example/jira/browse/ENG-142' },
    ]);
    expect(() => linkOf('javascript:alert(1)')).toThrow(/not a Jira site address/);
    expect(() => linkOf('ftp://acme.example')).toThrow(/not a Jira site address/);
  });

  it.each([
    ['12/Mar/25 3:45 PM', '2025-03-12'],
    ['12/Mar/25 15:45', '2025-03-12'],
    ['2025-03-12 15:45', '2025-03-12'],
    ['2025-03-12T15:45:00.000+0100', '2025-03-12'],
    ['12.03.2025 15:45', '2025-03-12'],
    ['12/Mar/2025 03:45 pm', '2025-03-12'],
    ['12/March/25 3:45 PM', '2025-03-12'],
    ['12/Mär/25 15:45', '2025-03-12'],
    ['12/mars/25 15:45', '2025-03-12'],
    ['12/dic/25 15:45', '2025-12-12'],
    ['12-Mar-2025', '2025-03-12'],
    ['2025-03-12', '2025-03-12'],
    ['12.03.25 15:45:10', '2025-03-12'],
    ['29/Feb/24 12:00 AM', '2024-02-29'],
  ])('reads the Jira date %s', (resolved, day) => {
    expect(draftsOf(jiraFile([jiraRow('ENG-1', resolved)])).drafts.map((draft) => draft.occurredOn)).toEqual([day]);
  });

  it('takes a date without a zone as written, and moves one with a zone to the user’s day', () => {
    // 23:45 at UTC−7 is 06:45 UTC on the 13th: evening of the 13th in Auckland, still the 12th in Los Angeles (on summer time).
    const file = jiraFile([jiraRow('ENG-1', '12/Mar/25 11:59 PM'), jiraRow('ENG-2', '2025-03-12T23:45:00.000-0700')]);
    const days = (timeZone: string) => byKey(draftsOf(file, { timeZone }).drafts, (draft) => draft.occurredOn);
    expect(days('Pacific/Auckland')).toEqual({ 'jira:ENG-1': '2025-03-12', 'jira:ENG-2': '2025-03-13' });
    expect(days('America/Los_Angeles')).toEqual({ 'jira:ENG-1': '2025-03-12', 'jira:ENG-2': '2025-03-12' });
  });

  it('tells day-first from month-first numeric dates by a date in the file that can only be one', () => {
    const dayFirst = jiraFile([jiraRow('ENG-1', '03/04/2025 10:00'), jiraRow('ENG-2', '25/03/2025 10:00', { Assignee: 'Grace Hopper' })]);
    expect(draftsOf(dayFirst).drafts.map((draft) => draft.occurredOn)).toEqual(['2025-04-03']);
    const monthFirst = jiraFile([jiraRow('ENG-1', '3/4/2025 10:00'), jiraRow('ENG-2', '12/31/2025 10:00', { Assignee: 'Grace Hopper' })]);
    expect(draftsOf(monthFirst).drafts.map((draft) => draft.occurredOn)).toEqual(['2025-03-04']);
    const ambiguous = jiraFile([jiraRow('ENG-1', '3/4/2025 10:00')]);
    expect(formatError(() => draftsOf(ambiguous)).message).toMatch(
      /^Row 2 \(ENG-1\): the Resolved date “3\/4\/2025 10:00” could be either day first or month first/,
    );
  });

  it.each(
    [
      'yesterday',
      '31/Feb/25 10:00 AM',
      '12/Mar/25 25:00',
      '12/Mar/25 13:00 PM',
      '12/Foo/25 3:45 PM',
      '2025-13-01 10:00',
      '0001-01-01 00:00',
    ].map((value) => [value]),
  )('refuses the unreadable date %s, naming its row and value, and returns nothing', (value) => {
    const file = jiraFile([jiraRow('ENG-1', '12/Mar/25 3:45 PM'), jiraRow('ENG-2', value)]);
    const error = formatError(() => draftsOf(file));
    expect(error.message).toContain(`Row 3 (ENG-2): the Resolved date “${value}” is not a date this app can read.`);
    expect(error.message).toContain('12/Mar/25 3:45 PM');
  });

  it('never reads the dates of issues it does not draft', () => {
    const file = jiraFile([jiraRow('ENG-1', '12/Mar/25 3:45 PM'), jiraRow('ENG-2', 'gibberish', { Assignee: 'Grace Hopper' })]);
    expect(keysOf(file)).toEqual(['jira:ENG-1']);
  });

  it('clips a long summary to the title’s limit and a long description to about a thousand characters', () => {
    const description = Array.from({ length: 40 }, (_, index) => `Line ${index} ${'x'.repeat(60)}`).join('\n');
    const [draft] = draftsOf(
      jiraFile([jiraRow('ENG-1', '12/Mar/25 3:45 PM', { Summary: 'y'.repeat(400), Description: description })]),
    ).drafts;
    expect(draft?.title).toHaveLength(300);
    expect(draft?.title).toMatch(/^ENG-1: y+…$/);
    const quoted = draft?.body.split('\n\n').slice(1).join('\n\n') ?? '';
    expect(quoted.length).toBeGreaterThan(900);
    expect(quoted.length).toBeLessThan(1_100);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

describe('trackerDrafts: Linear', () => {
  it('drafts the completed issues assigned to the user when names are given', () => {
    expect(keysOf(linearCsv, { names: ['ada lovelace'] })).toEqual(['linear:ENG-170', 'linear:ENG-142', 'linear:DES-12']);
  });

  it('drafts every completed issue when no name is given, the export being filtered already', () => {
    expect(keysOf(linearCsv, { names: [] })).toEqual([
      'linear:ENG-170',
      'linear:ENG-142',
      'linear:ENG-160',
      'linear:DES-12',
      'linear:ENG-171',
    ]);
  });

  it('makes a draft of the key, title, day, team, labels and creator, with no link where the export has none', () => {
    expect(draftOf(linearCsv, 'linear:ENG-142')).toEqual({
      id: 'draft-1',
      source: 'linear',
      origin: 'export.csv',
      occurredOn: '2025-03-13',
      title: 'ENG-142: Cut cold start by 40%',
      body: [
        '- Status: Done',
        '- Priority: High',
        '- Team: Engineering',
        '- Project: Performance',
        '',
        'Measured on a Pixel 6a.',
        '',
        '\\- lazy editor  ',
        '\\- cached index',
        '',
        '\\# Result  ',
        '\\[chart\\](https://grafana.acme.example/d/cold)',
      ].join('\n'),
      kind: 'win',
      scope: 'team',
      people: ['grace@acme.example'],
      tags: ['engineering', 'performance', 'improvement'],
      links: [],
      itemKeys: ['linear:ENG-142'],
      createdAt: '2026-11-18T10:00:00.000Z',
    });
  });

  it('suggests kinds from labels, leaves “No priority” out and drops the spreadsheet guard Linear puts before a formula-like title', () => {
    const docs = draftOf(linearCsv, 'linear:DES-12');
    expect(docs).toMatchObject({ kind: 'writing', tags: ['design-systems', 'documentation'], people: [] });
    expect(docs.body.split('\n\n')[0]).toBe('- Status: Done\n- Team: Design Systems');
    expect(draftOf(linearCsv, 'linear:ENG-170')).toMatchObject({
      kind: 'incident',
      people: ['PagerDuty'],
      tags: ['engineering', 'incident', 'bug'],
    });
    expect(draftOf(linearCsv, 'linear:ENG-171', { names: [] }).title).toBe('ENG-171: +1 button for entries');
  });

  it('links an issue when the export has an address column, and only to http(s)', () => {
    const header = ['ID', 'Team', 'Title', 'Status', 'Assignee', 'Completed', 'URL'];
    const file = linearFile(
      [
        { ID: 'ENG-1', Title: 'A', Status: 'Done', Completed: '2025-03-12T10:00:00.000Z', URL: 'https://linear.app/acme/issue/ENG-1/a' },
        { ID: 'ENG-2', Title: 'B', Status: 'Done', Completed: '2025-03-12T10:00:00.000Z', URL: 'javascript:alert(1)' },
      ],
      header,
    );
    const links = byKey(draftsOf(file, { names: [] }).drafts, (draft) => draft.links);
    expect(links).toEqual({ 'linear:ENG-1': [{ label: 'ENG-1', url: 'https://linear.app/acme/issue/ENG-1/a' }], 'linear:ENG-2': [] });
  });

  it('counts a done status type without a completion date on its last update, and reads JavaScript’s date text', () => {
    const header = ['ID', 'Team', 'Title', 'Status', 'Status Type', 'Assignee', 'Updated', 'Completed At'];
    const file = linearFile(
      [
        { ID: 'ENG-1', Title: 'A', Status: 'Shipped', 'Status Type': 'completed', Updated: '2025-03-10T10:00:00.000Z' },
        { ID: 'ENG-2', Title: 'B', Status: 'Shipped', 'Status Type': 'started', Updated: '2025-03-10T10:00:00.000Z' },
        { ID: 'ENG-3', Title: 'C', Status: 'Done', 'Completed At': 'Wed Mar 12 2025 23:30:00 GMT+0000 (Coordinated Universal Time)' },
        { ID: 'ENG-4', Title: 'D', Status: 'Done', 'Completed At': 'Fri Feb 06 2026 10:01:29 GMT-0500 (GMT-05:00)' },
      ],
      header,
    );
    const days = byKey(draftsOf(file, { names: [] }).drafts, (draft) => draft.occurredOn);
    expect(days).toEqual({ 'linear:ENG-1': '2025-03-10', 'linear:ENG-3': '2025-03-13', 'linear:ENG-4': '2026-02-06' });
  });

  it('refuses an unreadable completion date, naming its row and value', () => {
    const file = linearFile([{ ID: 'ENG-9', Title: 'A', Status: 'Done', Completed: 'last Tuesday' }]);
    expect(formatError(() => draftsOf(file, { names: [] })).message).toMatch(
      /^Row 2 \(ENG-9\): the Completed date “last Tuesday” is not a date/,
    );
  });
});

describe('trackerDrafts: gh pr list', () => {
  it('makes a draft of each merged pull request, with its repository, size and address', () => {
    expect(draftOf(ghJson, 'github:https://github.com/acme/scope-journal/pull/482', { fileName: 'prs.json' })).toEqual({
      id: 'draft-1',
      source: 'github',
      origin: 'prs.json',
      occurredOn: '2025-03-13',
      title: 'PR #482: Cut cold start by 40%',
      body: '- Repository: scope-journal\n- Changes: \\+1,204 \u2212377 lines',
      kind: 'win',
      scope: 'team',
      people: [],
      tags: ['scope-journal'],
      links: [{ label: 'PR #482', url: 'https://github.com/acme/scope-journal/pull/482' }],
      itemKeys: ['github:https://github.com/acme/scope-journal/pull/482'],
      createdAt: '2026-11-18T10:00:00.000Z',
    });
  });

  it('names the repository from the address when the fork it came from is gone', () => {
    expect(draftOf(ghJson, 'github:https://github.com/acme/scope-journal/pull/470')).toMatchObject({
      tags: ['scope-journal'],
      body: '- Repository: scope-journal\n- Changes: \\+88 \u221214 lines',
    });
  });

  it('suggests an incident for a revert or hotfix, writing for documentation, otherwise a win; no names needed', () => {
    const kinds = Object.fromEntries(draftsOf(ghJson, { names: [] }).drafts.map((draft) => [draft.title, draft.kind]));
    expect(kinds).toEqual({
      'PR #482: Cut cold start by 40%': 'win',
      'PR #479: Revert "Add PDF export"': 'incident',
      'PR #475: docs: explain the backup format': 'writing',
      'PR #470: Support right-to-left journals': 'win',
      'PR #466: Escape <img src=x onerror=alert(1)> in titles': 'win',
    });
  });

  it('reads gh’s compact output the same, skips pull requests never merged, and takes an empty list', () => {
    const compact = JSON.stringify(JSON.parse(ghJson));
    expect(keysOf(compact)).toEqual(keysOf(ghJson));
    const withOpen = JSON.stringify([pullRequest({ number: 2, mergedAt: null }), pullRequest()]);
    expect(draftsOf(withOpen)).toMatchObject({ source: 'github', rows: 2, drafts: [{ title: 'PR #1: Change' }] });
    expect(draftsOf('[]\n')).toEqual({ source: 'github', drafts: [], rows: 0 });
  });

  it('links only https addresses, and then keys the pull request by repository and number', () => {
    const file = JSON.stringify([
      pullRequest({ number: 7, url: 'http://github.com/acme/scope-journal/pull/7' }),
      pullRequest({ number: 8, url: 'javascript:alert(1)', headRepository: null }),
    ]);
    const drafts = draftsOf(file).drafts.map(({ links, itemKeys, tags }) => ({ links, itemKeys, tags }));
    expect(drafts).toEqual([
      { links: [], itemKeys: ['github:scope-journal#7'], tags: ['scope-journal'] },
      { links: [], itemKeys: ['github:unknown#8'], tags: [] },
    ]);
  });

  it('refuses a merge time gh would not print', () => {
    const file = JSON.stringify([pullRequest({ number: 3, mergedAt: 'soon' })]);
    expect(formatError(() => draftsOf(file)).message).toMatch(/^Pull request #3: its mergedAt “soon” is not a time gh prints/);
  });
});

describe('trackerDrafts: days in the user’s time zone', () => {
  it('puts a time near midnight on its local day, whatever the machine’s zone', () => {
    const dayOf = (text: string, key: string, timeZone: string) => draftOf(text, key, { timeZone, names: [] }).occurredOn;
    const pr470 = 'github:https://github.com/acme/scope-journal/pull/470';
    // 07:30 UTC on 1 March: 20:30 the same day in Auckland (UTC+13), 23:30 the day before in Los Angeles.
    expect(dayOf(ghJson, pr470, 'Pacific/Auckland')).toBe('2025-03-01');
    expect(dayOf(ghJson, pr470, 'America/Los_Angeles')).toBe('2025-02-28');
    // 23:30 UTC on 12 March: past midnight in Berlin and Kolkata, still the 12th in Los Angeles.
    expect(dayOf(linearCsv, 'linear:ENG-142', 'Europe/Berlin')).toBe('2025-03-13');
    expect(dayOf(linearCsv, 'linear:ENG-142', 'Asia/Kolkata')).toBe('2025-03-13');
    expect(dayOf(linearCsv, 'linear:ENG-142', 'America/Los_Angeles')).toBe('2025-03-12');
    expect(dayOf(linearCsv, 'linear:ENG-142', 'UTC')).toBe('2025-03-12');
  });

  it('refuses a time zone it does not know', () => {
    expect(() => draftsOf(ghJson, { timeZone: 'Mars/Olympus_Mons' })).toThrow(/not a time zone/);
  });

  it('never reads the clock', () => {
    const RealDate = Date;
    class ClocklessDate extends RealDate {
      constructor(...args: [] | [number]) {
        if (args.length === 0) throw new Error('read the clock');
        super(args[0]);
      }

      static override now(): number {
        throw new Error('read the clock');
      }
    }
    vi.stubGlobal('Date', ClocklessDate);
    try {
      expect(draftsOf(jiraCsv, { names: ['Ada Lovelace', adaId] }).drafts).toHaveLength(4);
      expect(draftsOf(linearCsv).drafts).toHaveLength(3);
      expect(draftsOf(ghJson).drafts).toHaveLength(5);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('trackerDrafts: rescans and repeats', () => {
  it('skips items drafted before, by their own source’s key', () => {
    const known = new Set(['jira:ENG-142', 'linear:ENG-170', 'github:https://github.com/acme/scope-journal/pull/479', 'git:ENG-143']);
    expect(keysOf(jiraCsv, { known })).toEqual(['jira:ENG-143', 'jira:ENG-160']);
    expect(keysOf(linearCsv, { known })).toEqual(['linear:ENG-142', 'linear:DES-12']);
    expect(keysOf(ghJson, { known })).not.toContain('github:https://github.com/acme/scope-journal/pull/479');
    expect(keysOf(ghJson, { known })).toHaveLength(4);
  });

  it('drafts an item that appears twice in a file once', () => {
    const rows = Papa.parse<string[]>(jiraCsv, { skipEmptyLines: 'greedy' }).data;
    const twice = Papa.unparse([...rows, ...rows.slice(1, 3)], { newline: '\r\n' });
    expect(draftsOf(twice)).toMatchObject({ rows: 10 });
    expect(keysOf(twice)).toEqual(keysOf(jiraCsv));
    const prs = JSON.parse(ghJson) as unknown[];
    expect(keysOf(JSON.stringify([...prs, prs[0]]))).toEqual(keysOf(ghJson));
  });

  it('sorts newest first, then by title', () => {
    const file = jiraFile([
      jiraRow('ENG-2', '12/Mar/25 3:45 PM', { Summary: 'B' }),
      jiraRow('ENG-3', '14/Mar/25 3:45 PM', { Summary: 'C' }),
      jiraRow('ENG-1', '12/Mar/25 9:00 AM', { Summary: 'A' }),
    ]);
    expect(draftsOf(file).drafts.map((draft) => draft.title)).toEqual(['ENG-3: C', 'ENG-1: A', 'ENG-2: B']);
    expect(draftsOf(file).drafts.map((draft) => draft.id)).toEqual(['draft-2', 'draft-3', 'draft-1']);
  });

  it('makes no draft of an item whose key would be too long to remember', () => {
    const file = JSON.stringify([pullRequest({ url: `https://github.com/acme/scope-journal/pull/1?${'x'.repeat(1_000)}` })]);
    expect(keysOf(file)).toEqual(['github:scope-journal#1']);
    const longKey = jiraFile([jiraRow(`ENG-${'9'.repeat(1_200)}`, '12/Mar/25 3:45 PM'), jiraRow('ENG-1', '12/Mar/25 3:45 PM')]);
    expect(keysOf(longKey)).toEqual(['jira:ENG-1']);
  });
});

describe('trackerDrafts: hostile text', () => {
  const hostile = [
    '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> ![pixel](https://evil.example/p.png)',
    '===',
    '# Heading',
    '1. list',
    '| a | b |',
    '> quote',
    '<a href=evil>click</a> &amp; *bold* _em_ ~~gone~~ `code` [ref]: https://evil.example',
  ];

  function renderedBody(body: string) {
    const { container } = render(createElement(MarkdownView, { markdown: body }));
    expect(container.querySelector('script, img, h1, h2, ol, ul li ul, table, blockquote, em, strong, del, code, pre, hr')).toBeNull();
    return container;
  }

  /** Bare addresses become links, as in commit drafts, but each goes exactly where its text says. */
  function linksOf(container: HTMLElement): string[] {
    return [...container.querySelectorAll('a')].map((link) => {
      const [text, href] = [link.textContent, link.getAttribute('href') ?? ''];
      expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
      expect([encodeURI(text), `http://${encodeURI(text)}`, `mailto:${encodeURI(text)}`]).toContain(href);
      return text;
    });
  }

  it('shows a Jira summary and description as text only', () => {
    const file = jiraFile([
      jiraRow('ENG-1', '12/Mar/25 3:45 PM', {
        Summary: hostile[0] ?? '',
        'Issue Type': '<b>Story</b>',
        Status: '[Done](javascript:alert(1))',
        Description: hostile.join('\r\n'),
      }),
    ]);
    const [draft] = draftsOf(file).drafts;
    expect(draft?.title).toBe(`ENG-1: ${hostile[0] ?? ''}`);
    const container = renderedBody(draft?.body ?? '');
    // The only list is the draft's own list of facts.
    expect([...container.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Type: <b>Story</b>',
      'Status: [Done](javascript:alert(1)) (Done)',
      'Project: ENG',
    ]);
    expect(linksOf(container)).toEqual(['https://evil.example/p.png', 'https://evil.example']);
    for (const text of hostile) expect(container.textContent).toContain(text);
  });

  it('shows Linear text and a repository name as text only', () => {
    const linear = linearFile([
      {
        ID: 'ENG-1',
        Team: '<img src=x onerror=alert(1)>',
        Title: 'A',
        Status: 'Done',
        Labels: '[x](javascript:alert(1))',
        Completed: '2025-03-12T10:00:00.000Z',
        Description: hostile.join('\n'),
      },
    ]);
    const [draft] = draftsOf(linear, { names: [] }).drafts;
    const container = renderedBody(draft?.body ?? '');
    for (const text of hostile) expect(container.textContent).toContain(text);
    expect(container.textContent).toContain('Team: <img src=x onerror=alert(1)>');
    expect(linksOf(container)).toEqual(['https://evil.example/p.png', 'https://evil.example']);
    expect(draft?.tags).toEqual(['<img-src=x-onerror=alert(1)>', '[x](javascript:alert(1))']);

    const gh = JSON.stringify([pullRequest({ headRepository: { id: 'R_1', name: '[x](javascript:alert(1)) <script>' } })]);
    const [pr] = draftsOf(gh).drafts;
    expect(renderedBody(pr?.body ?? '').textContent).toContain('Repository: [x](javascript:alert(1)) <script>');
  });

  it('never lets HTML around an address become a link elsewhere', () => {
    const file = jiraFile([
      jiraRow('ENG-1', '12/Mar/25 3:45 PM', { Description: '<a href="https://evil.example">click</a> www.evil.example' }),
    ]);
    const container = renderedBody(draftsOf(file).drafts[0]?.body ?? '');
    expect(container.querySelectorAll('a')).toHaveLength(2);
    linksOf(container);
  });

  it('keeps a description’s lines and paragraphs apart', () => {
    const file = jiraFile([jiraRow('ENG-1', '12/Mar/25 3:45 PM', { Description: 'one\r\ntwo\r\n\r\n\r\nthree\\' })]);
    const container = renderedBody(draftsOf(file).drafts[0]?.body ?? '');
    const paragraphs = [...container.querySelectorAll('p')].map((paragraph) => paragraph.innerHTML);
    expect(paragraphs).toEqual(['one<br>\ntwo', 'three\\']);
  });
});

describe('trackerDrafts: what it refuses', () => {
  const notAnExport = /^This is not a Jira or Linear CSV export, nor the JSON of gh pr list: /;

  it('refuses a CSV that is not a Jira or Linear export, saying what its first row holds', () => {
    const error = formatError(() => draftsOf(notAnExportCsv));
    expect(error.message).toMatch(notAnExport);
    expect(error.message).toContain('“Date”, “Description”, “Amount”, “Balance”');
  });

  it('names the columns a Jira or Linear export lacks', () => {
    expect(formatError(() => draftsOf(jiraMissingResolvedCsv)).message).toMatch(
      /^This looks like a Jira CSV export, but it has no “Resolved” column/,
    );
    const noKey = 'Summary,Issue id,Issue Type,Assignee\r\nA,1,Task,Ada Lovelace\r\n';
    expect(formatError(() => draftsOf(noKey)).message).toMatch(/has no “Issue key” and “Resolved” column/);
    const noSummary = 'Issue key,Status,Resolved,Assignee\r\nENG-1,Done,12/Mar/25 3:45 PM,Ada Lovelace\r\n';
    expect(formatError(() => draftsOf(noSummary)).message).toMatch(/has no “Summary” column/);
    const noCompleted = 'ID,Team,Title,Status\nENG-1,Eng,A,Done\n';
    expect(formatError(() => draftsOf(noCompleted, { names: [] })).message).toMatch(
      /^This looks like a Linear CSV export, but it has no “Completed” column/,
    );
  });

  it('refuses a CSV cut short inside a quoted value, and one whose quotes are broken', () => {
    expect(formatError(() => draftsOf(jiraTruncatedCsv)).message).toMatch(
      /ends inside a quoted value that starts on row 2: it looks cut short/,
    );
    const broken = 'Issue key,Summary,Resolved,Assignee\r\nENG-1,"Bad "quote" here",12/Mar/25 3:45 PM,Ada Lovelace\r\n';
    expect(formatError(() => draftsOf(broken)).message).toMatch(/damaged: a quoted value on row 2/);
  });

  it('refuses JSON cut short, JSON that is no list of pull requests, and a list with one that is not', () => {
    expect(formatError(() => draftsOf(ghJson.slice(0, ghJson.length / 2))).message).toMatch(
      /^This file starts like JSON but cannot be read .* cut short/,
    );
    expect(formatError(() => draftsOf('{"pullRequests": []}')).message).toMatch(notAnExport);
    const withBadItem = JSON.stringify([pullRequest(), { number: 2, title: 'x', url: 'https://github.com/a/b/pull/2' }]);
    expect(formatError(() => draftsOf(withBadItem)).message).toMatch(/item 2 is not a pull request \(its “mergedAt” is missing/);
    expect(formatError(() => draftsOf('[1, 2]')).message).toMatch(/item 1 is not a pull request/);
    expect(formatError(() => draftsOf(JSON.stringify([pullRequest({ number: -1 })]))).message).toMatch(/its “number”/);
  });

  it('refuses a web page, a binary file and an empty one', () => {
    expect(formatError(() => draftsOf('\n<!DOCTYPE html>\n<html><body>Log in to Jira</body></html>')).message).toMatch(/web page/);
    expect(formatError(() => draftsOf('PK\u0003\u0004\u0014\u0000\u0008\u0000 Issue key,Summary')).message).toMatch(/binary file/);
    expect(formatError(() => draftsOf('\u0001\u0002\u0003\u0004 Issue key,Summary,Resolved,Assignee'.repeat(3))).message).toMatch(
      /binary file/,
    );
    expect(formatError(() => draftsOf('')).message).toMatch(/^This file is empty/);
    expect(formatError(() => draftsOf('\uFEFF \r\n ')).message).toMatch(/^This file is empty/);
  });

  it('refuses a file over fifty million characters before reading it', () => {
    const text = `Issue key,Summary,Resolved,Assignee\n${'x'.repeat(50_000_000)}`;
    expect(formatError(() => draftsOf(text)).message).toMatch(/too large .*\(over 50,000,000 characters\)/);
  });

  it('accepts an export of the right kind with no rows', () => {
    expect(draftsOf(jiraCsv.split('\r\n', 1)[0] ?? '')).toEqual({ source: 'jira', drafts: [], rows: 0 });
    expect(draftsOf(`${linearCsv.split('\n', 1)[0] ?? ''}\n`)).toEqual({ source: 'linear', drafts: [], rows: 0 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});
