import { describe, expect, it } from 'vitest';
import { entriesCsvColumns, entriesToCsv } from '../../../../src-renderer/src/domain/entries/entriesCsv';
import { makeFramework } from '../../backupFactory';
import { makeEntry } from '../../entryFactory';

const framework = makeFramework();

/** A minimal RFC 4180 reader, to prove the output parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    const character = text[index] ?? '';
    if (character === '"') {
      const end = text.indexOf('"', index + 1);
      field += text.slice(index + 1, end);
      index = end + 1;
      if (text[index] === '"') field += '"';
    } else if (character === ',') {
      row.push(field);
      field = '';
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      rows.push([...row, field]);
      row = [];
      field = '';
      index += 2;
    } else {
      field += character;
      index += 1;
    }
  }
  return rows;
}

describe('entries as CSV', () => {
  it('writes a header and one row per entry not in the trash, oldest first, CRLF between rows', () => {
    const csv = entriesToCsv(
      [
        makeEntry({
          id: 'b',
          occurredOn: '2026-03-14',
          title: 'Chose Postgres',
          kind: 'decision',
          options: ['Postgres', 'DynamoDB'],
          choice: 'Postgres',
          confidence: 70,
          followUpOn: '2026-06-01',
        }),
        makeEntry({ id: 'trashed', deletedAt: '2026-03-16T00:00:00.000Z' }),
        makeEntry({
          id: 'a',
          occurredOn: '2025-12-02',
          title: 'Cut p95 latency',
          competencies: ['systems-thinking', 'retired-one'],
          tags: ['perf', 'api'],
          starred: true,
          impact: 'Checkout is faster',
          impactMetric: { name: 'p95 latency', value: -40, unit: '%' },
          people: ['Ann', 'Bo'],
          links: [
            { label: 'Dashboard', url: 'https://grafana.example/d/1' },
            { label: '', url: 'https://example.com' },
          ],
          body: 'Line one\nLine two',
        }),
      ],
      framework,
    );
    expect(csv.split('\r\n')[0]).toBe(entriesCsvColumns.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(entriesCsvColumns.map((column, index) => [column, rows[1]?.[index]]));
    expect(record).toEqual({
      id: 'a',
      occurredOn: '2025-12-02',
      title: 'Cut p95 latency',
      kind: 'Win',
      scope: 'Team',
      competencies: 'Systems thinking; retired-one',
      tags: 'perf; api',
      starred: 'yes',
      impact: 'Checkout is faster',
      metricName: 'p95 latency',
      metricValue: '-40',
      metricUnit: '%',
      people: 'Ann; Bo',
      links: 'Dashboard <https://grafana.example/d/1>; <https://example.com>',
      followUpOn: '',
      outcome: '',
      options: '',
      choice: '',
      confidence: '',
      body: 'Line one\nLine two',
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
    });
    expect(rows[2]?.slice(0, 5)).toEqual(['b', '2026-03-14', 'Chose Postgres', 'Decision', 'Team']);
    expect(rows[2]?.slice(14, 19)).toEqual(['2026-06-01', '', 'Postgres; DynamoDB', 'Postgres', '70']);
  });

  it('quotes fields with commas, quotes, CR or LF, doubling quotes', () => {
    const csv = entriesToCsv([makeEntry({ title: 'Say "hello", world', body: 'a\r\nb', impact: 'plain' })], framework);
    const line = csv.split('\r\n')[1] ?? '';
    expect(line).toContain(',"Say ""hello"", world",');
    expect(line).toContain(',plain,');
    expect(csv).toContain('"a\r\nb"');
    expect(parseCsv(csv)[1]?.[2]).toBe('Say "hello", world');
  });

  it('defuses spreadsheet formulas in text, but not in numbers the app wrote', () => {
    const csv = entriesToCsv(
      [
        makeEntry({
          title: '=HYPERLINK("http://evil.example","click")',
          impact: '+1 for the team',
          outcome: "-2+3+cmd|' /C calc'!A0",
          choice: '@SUM(A1:A2)',
          people: ['\tTabbed'],
          body: '\rReturn',
          tags: ['safe', '=not-first'],
          impactMetric: { name: '=name', value: -3, unit: '' },
        }),
      ],
      framework,
    );
    const record = Object.fromEntries(entriesCsvColumns.map((column, index) => [column, parseCsv(csv)[1]?.[index]]));
    expect(record).toMatchObject({
      title: '\'=HYPERLINK("http://evil.example","click")',
      impact: "'+1 for the team",
      outcome: "'-2+3+cmd|' /C calc'!A0",
      choice: "'@SUM(A1:A2)",
      people: "'\tTabbed",
      body: "'\rReturn",
      tags: 'safe; =not-first',
      metricName: "'=name",
      metricValue: '-3',
    });
  });

  it('starts with a byte order mark only when asked, for Excel', () => {
    expect(entriesToCsv([], framework).startsWith('id,')).toBe(true);
    expect(entriesToCsv([], framework, { byteOrderMark: true })).toBe(`\uFEFF${entriesCsvColumns.join(',')}\r\n`);
  });
});
