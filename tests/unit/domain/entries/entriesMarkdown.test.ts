import { describe, expect, it } from 'vitest';
import { entriesToMarkdown } from '../../../../src-renderer/src/domain/entries/entriesMarkdown';
import { makeFramework } from '../../backupFactory';
import { makeEntry } from '../../entryFactory';

const framework = makeFramework();

describe('entries as Markdown', () => {
  it('groups by year and month, oldest first, with every fact that is set, and leaves the trash out', () => {
    const markdown = entriesToMarkdown(
      [
        makeEntry({
          id: 'c',
          occurredOn: '2026-03-14',
          title: 'Chose Postgres',
          kind: 'decision',
          scope: 'department',
          options: ['Postgres', 'DynamoDB'],
          choice: 'Postgres, for joins',
          confidence: 70,
          followUpOn: '2026-06-01',
          body: 'We compared both.',
        }),
        makeEntry({ id: 'trashed', occurredOn: '2026-03-15', title: 'In the trash', deletedAt: '2026-03-16T00:00:00.000Z' }),
        makeEntry({
          id: 'a',
          occurredOn: '2025-12-02',
          title: 'Cut p95 latency',
          competencies: ['systems-thinking', 'retired-one'],
          tags: ['perf', 'api'],
          starred: true,
          impact: 'Checkout is faster.',
          impactMetric: { name: 'p95 latency', value: -40, unit: '%' },
          people: ['Ann', 'Bo'],
          links: [{ label: 'Dashboard', url: 'https://grafana.example/d/1' }],
          aiAssist: 'Drafted the query with an assistant.',
          outcome: 'Held for a quarter.',
        }),
        makeEntry({ id: 'b', occurredOn: '2026-03-01', title: 'Ran the retro', kind: 'reflection', scope: 'self' }),
      ],
      framework,
    );
    expect(markdown).toBe(
      [
        '# 2025',
        '',
        '## December 2025',
        '',
        '### Cut p95 latency',
        '',
        '- **Date:** 2025-12-02',
        '- **Kind:** Win',
        '- **Scope:** Team',
        '- **Competencies:** Systems thinking, retired-one',
        '- **Tags:** perf, api',
        '- **Starred:** yes',
        '- **Impact:** Checkout is faster.',
        '- **Metric:** p95 latency \u221240%',
        '- **People:** Ann, Bo',
        '- **Links:** [Dashboard](<https://grafana.example/d/1>)',
        '- **AI assistance:** Drafted the query with an assistant.',
        '- **Outcome:** Held for a quarter.',
        '',
        '# 2026',
        '',
        '## March 2026',
        '',
        '### Ran the retro',
        '',
        '- **Date:** 2026-03-01',
        '- **Kind:** Reflection',
        '- **Scope:** Self',
        '',
        '### Chose Postgres',
        '',
        '- **Date:** 2026-03-14',
        '- **Kind:** Decision',
        '- **Scope:** Department',
        '- **Follow-up on:** 2026-06-01',
        '- **Options considered:** Postgres; DynamoDB',
        '- **Choice:** Postgres, for joins',
        '- **Confidence:** 70%',
        '',
        'We compared both.',
        '',
      ].join('\n'),
    );
  });

  it('orders entries of one day by when they were written', () => {
    const markdown = entriesToMarkdown(
      [
        makeEntry({ title: 'Second', createdAt: '2026-01-15T12:00:00.000Z' }),
        makeEntry({ title: 'First', createdAt: '2026-01-15T08:00:00.000Z' }),
      ],
      framework,
    );
    expect(markdown.indexOf('### First')).toBeLessThan(markdown.indexOf('### Second'));
  });

  it('is empty when there is nothing to export', () => {
    expect(entriesToMarkdown([makeEntry({ deletedAt: '2026-01-16T00:00:00.000Z' })], framework)).toBe('');
  });

  it('keeps hostile one-line text from opening headings, lists, links or HTML', () => {
    const markdown = entriesToMarkdown(
      [
        makeEntry({
          title: '# Not a heading <img src=x onerror=alert(1)>',
          tags: ['- not a list'],
          people: ['[click](javascript:alert(1))'],
          links: [
            { label: 'evil', url: 'javascript:alert(1)' },
            { label: '', url: 'https://example.com/a_(b)' },
          ],
        }),
      ],
      framework,
    );
    expect(markdown).toContain('### \\# Not a heading \\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('- **Tags:** \\- not a list');
    expect(markdown).toContain('- **People:** \\[click\\](javascript:alert(1))');
    expect(markdown).toContain('- **Links:** evil (javascript:alert(1)), <https://example.com/a_(b)>');
    expect(markdown).not.toMatch(/[^\\]\]\(javascript:/);
  });

  it('keeps a body’s Markdown but not its power to break the document', () => {
    const body = [
      '# Context',
      '###### Deep',
      'Setext heading',
      '===',
      '',
      '---',
      '<!-- a comment that never closes',
      '<script>alert(1)</script>',
      '```ts',
      '# inside code stays as it is',
    ].join('\n');
    const markdown = entriesToMarkdown(
      [makeEntry({ title: 'Body', body }), makeEntry({ title: 'Next entry', occurredOn: '2026-01-16' })],
      framework,
    );
    expect(markdown).toContain(
      [
        '#### Context',
        '###### Deep',
        'Setext heading',
        '\\===',
        '',
        '---',
        '\\<!-- a comment that never closes',
        '\\<script>alert(1)</script>',
        '```ts',
        '# inside code stays as it is',
        '```',
        '',
        '### Next entry',
      ].join('\n'),
    );
  });
});
