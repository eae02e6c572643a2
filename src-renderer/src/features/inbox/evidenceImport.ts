import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { addPreparedDrafts, knownItemKeys } from '../../db/inboxRepository';
import { readSetting, writeSetting, type SettingValues } from '../../db/settingsRepository';
import type { EvidenceRequest } from '../../domain/evidence/evidenceWork';
import { counted } from '../../domain/counted';
import type { DraftSource } from '../../domain/types';
import { runFileWork } from '../../workers/fileWorkClient';
import { progressMessage, type RunTask, type TaskControl } from '../data/dataTask';

/** What each source section of the Inbox is given: one task at a time, with progress and Cancel. */
export interface SourceSectionProps {
  run: RunTask;
  isWorking: boolean;
}

/** Files over this size are refused before they are read (the limit every source shares). */
export const maximumSourceBytes = 50 * 1024 * 1024;

export function draftCount(count: number): string {
  return counted(count, 'draft', 'drafts');
}

/** How the Inbox names each source of drafts. */
export const draftSourceNames: Record<DraftSource, string> = {
  git: 'Git',
  calendar: 'Calendar',
  jira: 'Jira',
  linear: 'Linear',
  github: 'GitHub',
};

/** The time zone the user's days are counted in: this computer's. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Text typed one per line or separated by commas or semicolons, without blanks or repeats. */
export function listFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,;]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Reads `request` into drafts in the file worker, with the Inbox's memory of every item drafted
 * before, and adds what is new in one transaction. A source that cannot be read changes nothing,
 * and its message starts with `refusal` ("work.ics was not imported."). Cancel stops the worker.
 */
export async function draftsFromSource(
  request: EvidenceRequest,
  refusal: string,
  { signal, progress }: TaskControl,
): Promise<{ added: number; read: number; source: DraftSource }> {
  if (request.text.length > maximumSourceBytes) {
    throw new Error(
      `${refusal} It is larger than ${maximumSourceBytes / 1024 / 1024} MB, more than any export of a year of work. Nothing was changed.`,
    );
  }
  const known = await knownItemKeys(db);
  signal.throwIfAborted();
  const prepared = await runFileWork(
    { kind: 'prepare-evidence', work: { request, known, createdAt: new Date().toISOString() } },
    { signal, onProgress: (stage, fraction) => progress(progressMessage(stage, fraction)) },
  );
  if (!prepared.ok) throw new Error(`${refusal} ${prepared.problem} Nothing was changed.`);
  signal.throwIfAborted();
  progress(`Adding ${draftCount(prepared.drafts.length)} to the Inbox…`);
  const added = await addPreparedDrafts(db, prepared.drafts);
  return { added: added.length, read: prepared.read, source: prepared.source };
}

type TextSetting = { [Key in keyof SettingValues]: SettingValues[Key] extends string ? Key : never }[keyof SettingValues];
type ListSetting = { [Key in keyof SettingValues]: SettingValues[Key] extends string[] ? Key : never }[keyof SettingValues];

/**
 * A field's text kept in a setting: `[text, setText, save]`. The text is loaded once (what the
 * user typed meanwhile wins) and saved when `save` is called, typically on blur.
 */
export function useTextSetting(key: TextSetting): [string, (text: string) => void, () => void] {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readSetting(db, key).then((value) => isCurrent && setText((current) => current ?? value ?? ''));
    return () => {
      isCurrent = false;
    };
  }, [key]);
  return [text ?? '', setText, () => void writeSetting(db, key, (text ?? '').trim())];
}

/** A list kept in a setting, typed one per line: `[text, setText, list, save]`. */
export function useListSetting(key: ListSetting): [string, (text: string) => void, string[], () => void] {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readSetting(db, key).then((value) => isCurrent && setText((current) => current ?? (value ?? []).join('\n')));
    return () => {
      isCurrent = false;
    };
  }, [key]);
  const list = listFrom(text ?? '');
  return [text ?? '', setText, list, () => void writeSetting(db, key, list)];
}
