import { describe, expect, it } from 'vitest';
import { emptyDraft, splitList } from '../../../src-renderer/src/domain/entries/entryDraft';
import { draftFromForm, formFromDraft, parseLinks, validateForm } from '../../../src-renderer/src/features/journal/editorForm';
import { buildJournalRows, entryCountLabel } from '../../../src-renderer/src/features/journal/journalRows';
import { periodRange, presetOfRange } from '../../../src-renderer/src/features/journal/periodPresets';
import { makeEntry } from '../entryFactory';

describe('editor form', () => {
  it('round-trips every field through the form', () => {
    const draft = {
      ...emptyDraft('decision', '2026-03-14'),
      title: 'Chose a queue',
      tags: ['infra', 'queues'],
      people: ['Ann Lee'],
      options: ['Kafka', 'SQS'],
      links: [
        { label: 'RFC', url: 'https://example.org/rfc' },
        { label: 'https://example.org/b', url: 'https://example.org/b' },
      ],
      impactMetric: { name: 'cost', value: -12.5, unit: '%' },
      confidence: 80,
      followUpOn: '2026-06-01',
      attachments: [{ hash: 'a'.repeat(64), fileName: 'queue.png', mediaType: 'image/png' as const, byteSize: 68, width: 1, height: 1 }],
    };
    expect(draftFromForm(formFromDraft(draft))).toEqual(draft);
  });

  it('reports each problem by field', () => {
    const form = {
      ...formFromDraft(emptyDraft()),
      title: ' ',
      occurredOn: '2026-02-30',
      metricValue: 'abc',
      confidence: '120',
      links: 'javascript:alert(1)',
    };
    expect(validateForm(form)).toEqual([
      'Title: give the entry a title.',
      'Date: choose the day it happened.',
      'Metric value: enter a number.',
      'Confidence: a whole number from 0 to 100.',
      'Links: “javascript:alert(1)” is not a web or e-mail address.',
    ]);
    expect(validateForm({ ...formFromDraft(emptyDraft()), title: 'Fine' })).toEqual([]);
  });

  it('splits lists and links the way people type them', () => {
    expect(splitList('a, b,\n A ,, c')).toEqual(['a', 'b', 'c']);
    expect(parseLinks('Design doc https://x.example/doc\nhttps://y.example\n')).toEqual([
      { label: 'Design doc', url: 'https://x.example/doc' },
      { label: 'https://y.example', url: 'https://y.example' },
    ]);
  });
});

describe('timeline rows', () => {
  it('puts a month heading with its count before each month', () => {
    const entries = [
      makeEntry({ occurredOn: '2026-03-02' }),
      makeEntry({ occurredOn: '2026-03-01' }),
      makeEntry({ occurredOn: '2025-12-31' }),
    ];
    const rows = buildJournalRows(entries, true);
    expect(rows.map((row) => (row.type === 'month' ? `${row.month}:${row.count}` : 'entry'))).toEqual([
      '2026-03:2',
      'entry',
      'entry',
      '2025-12:1',
      'entry',
    ]);
    expect(buildJournalRows(entries, false).every((row) => row.type === 'entry')).toBe(true);
    expect(entryCountLabel(1)).toBe('1 entry');
    expect(entryCountLabel(12_345)).toBe('12,345 entries');
  });

  it('turns period presets into date ranges and back', () => {
    const today = new Date(2026, 0, 10);
    expect(periodRange('last-30-days', today)).toEqual({ from: '2025-12-12', to: '2026-01-10' });
    expect(periodRange('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetOfRange('2026-01-01', '2026-12-31', today)).toBe('this-year');
    expect(presetOfRange('2026-01-02', null, today)).toBe('custom');
    expect(presetOfRange(null, null, today)).toBe('any');
  });
});
