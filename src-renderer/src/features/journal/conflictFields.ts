import type { EntryDraft } from '../../domain/types';

/** Each editable field as the editor labels it. */
export const entryFieldLabels: Record<keyof EntryDraft, string> = {
  title: 'Title',
  occurredOn: 'Date',
  kind: 'Kind',
  scope: 'Scope',
  starred: 'Starred',
  competencies: 'Competencies',
  impact: 'Impact',
  impactMetric: 'Metric',
  body: 'Body',
  options: 'Options considered',
  choice: 'Choice',
  confidence: 'Confidence',
  followUpOn: 'Follow-up on',
  outcome: 'Outcome',
  tags: 'Tags',
  people: 'People',
  links: 'Links',
  aiAssist: 'AI assistance',
  importKey: 'Import key',
  attachments: 'Attachments',
};

/** Longest value shown when two versions of a field are compared. */
const summaryLength = 280;

/** A field's value in a line or two of text, for comparing two versions side by side. */
export function summarizeFieldValue(value: EntryDraft[keyof EntryDraft]): string {
  let text: string;
  if (value === null || value === undefined || value === '') text = '(empty)';
  else if (typeof value === 'boolean') text = value ? 'Yes' : 'No';
  else if (Array.isArray(value))
    text =
      value.length === 0
        ? '(empty)'
        : value.map((item) => (typeof item === 'string' ? item : 'hash' in item ? item.fileName : `${item.label} ${item.url}`)).join(', ');
  else if (typeof value === 'object') text = `${value.name}: ${value.value} ${value.unit}`.trim();
  else text = String(value);
  return text.length > summaryLength ? `${text.slice(0, summaryLength)}…` : text;
}
