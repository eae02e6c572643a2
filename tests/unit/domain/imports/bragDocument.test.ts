import { describe, expect, it } from 'vitest';
import { isLocalDate } from '../../../../src-renderer/src/domain/dates';
import { parseBragDocument } from '../../../../src-renderer/src/domain/imports/bragDocument';
import { candidatesOf, expectWellFormed, notesOf, problemOf } from './importAssertions';
import bragSample from './samples/brag-document.md?raw';

const today = '2026-05-01';

function titled(text: string, title: string) {
  return candidatesOf(parseBragDocument(text, { today })).find((candidate) => candidate.title === title);
}

describe('brag document', () => {
  it('makes one entry per top-level bullet, with nested bullets in its body', () => {
    const result = parseBragDocument(bragSample, { today });
    expect(result).toMatchObject({ ok: true, format: 'brag-markdown' });
    expect(candidatesOf(result)).toHaveLength(14);
    expect(titled(bragSample, 'Shipped checkout v2')).toEqual({
      occurredOn: '2026-03-04',
      time: null,
      title: 'Shipped checkout v2',
      body: '**Shipped checkout v2.** Cut p95 latency from 480 ms to 210 ms.\n- Wrote the design doc and ran the review\n- Coordinated the rollout with support',
      tags: [],
      starred: false,
      sourceId: null,
    });
    expectWellFormed(result);
  });

  it('dates bullets by the heading above them: a day, the first of a month, quarter or year', () => {
    const dates = Object.fromEntries(
      candidatesOf(parseBragDocument(bragSample, { today })).map((candidate) => [candidate.title, candidate.occurredOn]),
    );
    expect(dates).toMatchObject({
      'Fixed the flaky payments test that blocked three teams': '2026-03-04',
      'Ran the incident review for the queue backlog': '2026-03-01',
      'Gave a talk at the internal tech forum about our rate limiter': '2026-04-01',
      'Migrated the last service off the legacy deploy tool': '2025-01-01',
    });
  });

  it('tags bullets with their topical sections and dates them by the heading above, the bullet or today', () => {
    expect(titled(bragSample, 'Wrote the retry-queue runbook; on-call used it twice the next week')).toMatchObject({
      occurredOn: '2026-03-04',
      tags: ['design-documentation'],
    });
    expect(titled(bragSample, 'Kicked off the search relevance project with data science')).toMatchObject({
      occurredOn: '2026-01-15',
      tags: ['projects'],
      body: '2026-01-15: Kicked off the search relevance project with data science.',
    });
    expect(titled(bragSample, 'Led the billing migration')).toMatchObject({
      occurredOn: '2026-02-01',
      body: 'Led the billing migration (Feb 2026)\nContinued on a second line without indentation.',
    });
    expect(titled(bragSample, 'Paired weekly with Priya on her first services')).toMatchObject({
      occurredOn: today,
      tags: ['collaboration-mentorship'],
      body: 'Paired weekly with Priya on her first services.\n\nShe now owns the notification service.',
    });
    expect(titled(bragSample, 'Interviewing')).toMatchObject({ tags: ['collaboration-mentorship'] });
    expect(titled(bragSample, 'Reading flame graphs')).toMatchObject({ tags: ['what-i-learned'] });
  });

  it('says which items were dated today and that loose text was left out; code blocks hold no items', () => {
    const result = parseBragDocument(bragSample, { today });
    expect(notesOf(result)).toEqual([
      '6 items have no date of their own or from a heading above; they are dated 2026-05-01.',
      'Text outside bulleted lists was not imported: each bullet becomes one entry.',
    ]);
    expect(candidatesOf(result).some((candidate) => candidate.body.includes('inside a code block'))).toBe(false);
  });

  it('prefers the more precise of the bullet’s own date and its heading’s', () => {
    const text = '## March 2026\n- 2026-03-14: Ran the game day\n- Wrote the plan (Q1 2026)\n## 2026-03-20\n- Demoed it (March 2026)\n';
    expect(candidatesOf(parseBragDocument(text, { today })).map((candidate) => [candidate.title, candidate.occurredOn])).toEqual([
      ['Ran the game day', '2026-03-14'],
      ['Wrote the plan', '2026-03-01'],
      ['Demoed it', '2026-03-20'],
    ]);
  });

  it('reads other ways of writing dated headings', () => {
    const headings = ['2026-03', 'Mar 2026', 'March 4, 2026', '4 March 2026', '2026 Q3', 'H2 2026', '2026-03-04 — Launch week'];
    const dates = headings.map((heading) => candidatesOf(parseBragDocument(`## ${heading}\n- Did a thing\n`, { today }))[0]?.occurredOn);
    expect(dates).toEqual(['2026-03-01', '2026-03-01', '2026-03-04', '2026-03-04', '2026-07-01', '2026-07-01', '2026-03-04']);
  });

  it('tags by every level-one heading when there is more than one', () => {
    const text = '# Projects\n- Search revamp\n# Learning\n- Rust basics\n';
    expect(candidatesOf(parseBragDocument(text, { today })).map((candidate) => candidate.tags)).toEqual([['projects'], ['learning']]);
  });

  it('dates undated bullets today when no day is given', () => {
    const [candidate] = candidatesOf(parseBragDocument('- Did a thing'));
    expect(isLocalDate(candidate?.occurredOn ?? '')).toBe(true);
  });

  it('refuses a document with no bullets, and accepts an empty one', () => {
    expect(problemOf(parseBragDocument('# Brag doc\n\nJust prose.'))).toBe(
      'This document has no bulleted items: a brag document lists each accomplishment as a bullet under a heading.',
    );
    expect(parseBragDocument('\n \n')).toEqual({ ok: true, format: 'brag-markdown', candidates: [], notes: [] });
  });

  it('refuses a bullet over the limit, naming its line', () => {
    expect(problemOf(parseBragDocument(`## Projects\n- Short\n- ${'x'.repeat(200_001)}`, { today }))).toBe(
      'The bullet on line 3 is longer than 200,000 characters.',
    );
  });

  it('keeps hostile text as inert text', () => {
    const [candidate] = candidatesOf(parseBragDocument('- <script>alert(1)</script> [x](javascript:alert(1))', { today }));
    expect(candidate?.body).toBe('<script>alert(1)</script> [x](javascript:alert(1))');
  });
});
