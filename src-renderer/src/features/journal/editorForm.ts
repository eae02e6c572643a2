import { isLocalDate } from '../../domain/dates';
import { splitList } from '../../domain/entries/entryDraft';
import { entryLimits } from '../../domain/entries/entrySchema';
import type { AttachmentRef, EntryDraft, EntryLink } from '../../domain/types';

/**
 * The editor's fields as the user types them: lists and numbers stay text until saved, so typing
 * "perf, " is never rewritten under the cursor.
 */
export interface EditorForm extends Omit<
  EntryDraft,
  'tags' | 'people' | 'options' | 'links' | 'impactMetric' | 'confidence' | 'attachments'
> {
  /** The files attached so far: already stored (see `addAttachmentFiles`), referenced by hash. */
  attachments: AttachmentRef[];
  tags: string;
  people: string;
  options: string;
  links: string;
  metricName: string;
  metricValue: string;
  metricUnit: string;
  confidence: string;
}

export function formFromDraft(draft: EntryDraft): EditorForm {
  return {
    ...draft,
    tags: draft.tags.join(', '),
    people: draft.people.join(', '),
    options: draft.options.join('\n'),
    links: draft.links.map((link) => (link.label && link.label !== link.url ? `${link.label} ${link.url}` : link.url)).join('\n'),
    metricName: draft.impactMetric?.name ?? '',
    metricValue: draft.impactMetric ? String(draft.impactMetric.value) : '',
    metricUnit: draft.impactMetric?.unit ?? '',
    confidence: draft.confidence === null ? '' : String(draft.confidence),
    attachments: draft.attachments ?? [],
  };
}

/** "Design doc https://x.example/doc" → label and URL; a bare URL is its own label. */
export function parseLinks(text: string): EntryLink[] {
  const links: EntryLink[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const match = /^(.*?)\s*(\S+:\/\/\S+|mailto:\S+)$/.exec(trimmed);
    const url = match?.[2] ?? trimmed;
    const label = match?.[1]?.trim() || url;
    links.push({ label, url });
  }
  return links;
}

/** Problems that stop a save, each naming its field. Empty when the form can be saved. */
export function validateForm(form: EditorForm): string[] {
  const problems: string[] = [];
  if (!form.title.trim()) problems.push('Title: give the entry a title.');
  if (form.title.length > entryLimits.title) problems.push(`Title: keep it under ${entryLimits.title} characters.`);
  if (!isLocalDate(form.occurredOn)) problems.push('Date: choose the day it happened.');
  if (form.followUpOn && !isLocalDate(form.followUpOn)) problems.push('Follow-up on: choose a valid date or leave it empty.');
  if (form.metricValue.trim() && !Number.isFinite(Number(form.metricValue))) problems.push('Metric value: enter a number.');
  if ((form.metricName.trim() || form.metricUnit.trim()) && !form.metricValue.trim())
    problems.push('Metric value: enter the measured number.');
  const confidence = Number(form.confidence);
  if (form.confidence.trim() && (!Number.isInteger(confidence) || confidence < 0 || confidence > 100)) {
    problems.push('Confidence: a whole number from 0 to 100.');
  }
  if (form.body.length > entryLimits.body) problems.push('Body: this entry is too long to keep in one piece.');
  for (const link of parseLinks(form.links)) {
    if (!/^(https?:\/\/|mailto:)/i.test(link.url)) problems.push(`Links: “${link.url}” is not a web or e-mail address.`);
  }
  return problems;
}

/** The form as an entry's fields. Call after `validateForm` found nothing. */
export function draftFromForm(form: EditorForm): EntryDraft {
  const { metricName, metricValue, metricUnit, ...rest } = form;
  return {
    ...rest,
    title: form.title.trim(),
    tags: splitList(form.tags),
    people: splitList(form.people),
    options: form.options
      .split('\n')
      .map((option) => option.trim())
      .filter(Boolean),
    links: parseLinks(form.links),
    impactMetric: metricValue.trim() ? { name: metricName.trim() || 'Metric', value: Number(metricValue), unit: metricUnit.trim() } : null,
    confidence: form.confidence.trim() ? Number(form.confidence) : null,
    followUpOn: form.followUpOn || null,
  };
}
