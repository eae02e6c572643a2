/**
 * The journal as a CSV table for spreadsheets (RFC 4180): a header row, then one row per entry not
 * in the trash, oldest first; CRLF between rows, and a field quoted (quotes doubled) when it holds
 * a comma, a quote, CR or LF. Lists are joined with "; ", links written `label <url>`.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula, so a text
 * field starting with one gets a leading `'` (OWASP's advice against CSV injection). Numbers the
 * app writes itself (metric value, confidence) are left as they are: a number is never a formula.
 */
import { competencyNamer, entriesForExport } from './entriesExport';
import { kindLabel } from './entryKinds';
import { scopeLabel } from '../scopeLevels';
import type { Entry, Framework } from '../types';

/** The header row, in column order. */
export const entriesCsvColumns = [
  'id',
  'occurredOn',
  'title',
  'kind',
  'scope',
  'competencies',
  'tags',
  'starred',
  'impact',
  'metricName',
  'metricValue',
  'metricUnit',
  'people',
  'links',
  'followUpOn',
  'outcome',
  'options',
  'choice',
  'confidence',
  'body',
  'createdAt',
  'updatedAt',
] as const;

type Column = (typeof entriesCsvColumns)[number];

/** A text field with formula injection defused, quoted when RFC 4180 requires it. */
function textField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function numberField(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function rowOf(entry: Entry, nameOf: (id: string) => string): string {
  const fields: Record<Column, string> = {
    id: textField(entry.id),
    occurredOn: textField(entry.occurredOn),
    title: textField(entry.title),
    kind: textField(kindLabel(entry.kind)),
    scope: textField(scopeLabel(entry.scope)),
    competencies: textField(entry.competencies.map(nameOf).join('; ')),
    tags: textField(entry.tags.join('; ')),
    starred: entry.starred ? 'yes' : 'no',
    impact: textField(entry.impact),
    metricName: textField(entry.impactMetric?.name ?? ''),
    metricValue: numberField(entry.impactMetric?.value),
    metricUnit: textField(entry.impactMetric?.unit ?? ''),
    people: textField(entry.people.join('; ')),
    links: textField(entry.links.map((link) => (link.label.trim() === '' ? `<${link.url}>` : `${link.label} <${link.url}>`)).join('; ')),
    followUpOn: textField(entry.followUpOn ?? ''),
    outcome: textField(entry.outcome),
    options: textField(entry.options.join('; ')),
    choice: textField(entry.choice),
    confidence: numberField(entry.confidence),
    body: textField(entry.body),
    createdAt: textField(entry.createdAt),
    updatedAt: textField(entry.updatedAt),
  };
  return entriesCsvColumns.map((column) => fields[column]).join(',');
}

/**
 * The entries not in the trash as CSV text (see the module comment), competencies named by
 * `framework` (a retired one by its id). With `byteOrderMark`, the text starts with U+FEFF, which
 * Excel needs to read UTF-8 rather than guess a legacy encoding.
 */
export function entriesToCsv(entries: readonly Entry[], framework: Framework, options: { byteOrderMark?: boolean } = {}): string {
  const nameOf = competencyNamer(framework);
  const rows = [entriesCsvColumns.join(','), ...entriesForExport(entries).map((entry) => rowOf(entry, nameOf))];
  return `${options.byteOrderMark === true ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
