import { useState } from 'react';
import { usePendingCommand } from '../../appCommands';
import { db } from '../../db/database';
import { importEntries } from '../../db/entriesRepository';
import { countNewImports, importCandidates } from '../../db/importRepository';
import { counted } from '../../domain/counted';
import { formatLocalDate, todayLocalDate } from '../../domain/dates';
import { entryKinds } from '../../domain/entries/entryKinds';
import {
  importFileFilters,
  importSourceName,
  rememberImportKeys,
  type ImportPreview,
  type ReadImport,
} from '../../domain/imports/importPlan';
import type { NewAttachment } from '../../domain/types';
import type { ImportFormat } from '../../domain/imports/importTypes';
import { importTooLargeProblem, type PreparedImport } from '../../domain/imports/importWork';
import { scopeLevels } from '../../domain/scopeLevels';
import type { EntryKind, ScopeLevelId } from '../../domain/types';
import { SelectField } from '../../components/SelectField';
import { desktop } from '../../platform/desktop';
import { entryCountLabel } from '../journal/journalRows';
import { runFileWork } from '../../workers/fileWorkClient';
import { progressMessage, type RunTask } from './dataTask';

type Pending = {
  fileName: string;
  read: Extract<ReadImport, { ok: true }>;
  /** The photos and PDFs the entries bring (a Day One zip's), stored with them. */
  files: NewAttachment[];
  preview: ImportPreview;
  fresh: number;
  duplicates: number;
};

/** The desktop's and the browser's refusal of a file above the largest any file may be. */
const tooLargeToOpen = /^“(.*)” is too large to open/;

/**
 * Opens a file for the import. A file too large for any opening is refused in the import's own
 * terms: its limit, far below the desktop's, is the one that matters here.
 */
async function openImportFile(): Promise<Awaited<ReturnType<typeof desktop.openFile>>> {
  try {
    return await desktop.openFile({ title: 'Import entries', filters: importFileFilters });
  } catch (error) {
    const name = error instanceof Error ? tooLargeToOpen.exec(error.message)?.[1] : undefined;
    if (name === undefined) throw error;
    throw new Error(`${name} was not imported. ${importTooLargeProblem} Nothing was changed.`, { cause: error });
  }
}

/** The preview's read import, put back together from what the worker prepared. */
function readFromPrepared(prepared: Extract<PreparedImport, { ok: true }>): Extract<ReadImport, { ok: true }> {
  if (prepared.candidates) {
    rememberImportKeys(prepared.source as ImportFormat, prepared.candidates, prepared.keys);
    return { ok: true, source: prepared.source, candidates: prepared.candidates, notes: prepared.notes, entries: null };
  }
  return { ok: true, source: 'scope-journal-entries', candidates: null, notes: prepared.notes, entries: prepared.entries ?? [] };
}

/** "1 photo or PDF was attached.", "3 photos and PDFs were attached." */
function attachedLabel(count: number): string {
  return `${counted(count, 'photo or PDF was', 'photos and PDFs were')} attached.`;
}

function dayRange(first: string | null, last: string | null): string {
  if (!first || !last) return '';
  return first === last ? formatLocalDate(first) : `${formatLocalDate(first)} – ${formatLocalDate(last)}`;
}

/**
 * "Import…": a jrnl, Day One or brag-document file (or Scope Journal's own entries file) is read
 * and checked whole, then previewed — how many entries, their dates, a few of them — with the kind
 * and scope to give them; nothing is written until "Import N entries".
 */
export function ImportSection({ run, isWorking }: { run: RunTask; isWorking: boolean }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [kind, setKind] = useState<EntryKind>('win');
  const [scope, setScope] = useState<ScopeLevelId>('team');

  const choose = () =>
    run(
      'Reading the file…',
      async ({ signal, progress }) => {
        setPending(null);
        const opened = await openImportFile();
        if (opened.status === 'cancelled') return null;
        const prepared = await runFileWork(
          { kind: 'prepare-import', fileName: opened.fileName, bytes: opened.bytes, today: todayLocalDate() },
          { signal, onProgress: (stage, fraction) => progress(progressMessage(stage, fraction)) },
        );
        if (!prepared.ok) throw new Error(`${opened.fileName} was not imported. ${prepared.problem} Nothing was changed.`);
        const read = readFromPrepared(prepared);
        if (prepared.preview.count === 0) return `${opened.fileName} holds no entries: there is nothing to import.`;
        progress('Comparing with the journal…');
        const { fresh, duplicates } = await countNewImports(db, read, prepared.keys);
        signal.throwIfAborted();
        if (fresh === 0) return `Every entry of ${opened.fileName} is already in the journal: there is nothing to import.`;
        setPending({ fileName: opened.fileName, read, files: prepared.files, preview: prepared.preview, fresh, duplicates });
        return null;
      },
      { cancellable: true },
    );

  const confirm = (current: Pending) =>
    run(
      'Importing…',
      async ({ signal, progress }) => {
        const { read, fileName, files } = current;
        const onProgress = (fraction: number) => progress(progressMessage('Importing…', fraction));
        const outcome = read.candidates
          ? await importCandidates(db, read.source as ImportFormat, read.candidates, { kind, scope }, new Date(), {
              signal,
              onProgress,
              files,
            })
          : { ...(await importEntries(db, read.entries ?? [], { signal, onProgress })), attachedFiles: 0 };
        setPending(null);
        const skipped =
          outcome.skipped > 0
            ? `; ${entryCountLabel(outcome.skipped)} already in the journal ${outcome.skipped === 1 ? 'was' : 'were'} skipped`
            : '';
        const attached = outcome.attachedFiles > 0 ? ` ${attachedLabel(outcome.attachedFiles)}` : '';
        return `Imported ${entryCountLabel(outcome.added)} from ${fileName}${skipped}.${attached}`;
      },
      { cancellable: true },
    );

  // File › Import… in the menu opens this screen and the chooser.
  usePendingCommand('import', () => void choose());

  const preview = pending?.preview ?? null;
  return (
    <section className="data-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p>
        Bring in entries from jrnl (its JSON export or plain-text journal), Day One (its JSON export, or the whole zip with its photos and
        PDFs) or a brag document in Markdown. You see what the file holds before anything is written, and importing the same file again adds
        only what is new.
      </p>
      <div className="button-row">
        <button type="button" disabled={isWorking} onClick={() => void choose()}>
          Import…
        </button>
      </div>
      {pending && preview && (
        <div className="import-preview" role="region" aria-label="Import preview">
          <h3>
            {pending.fileName}: {importSourceName(pending.read.source)}
          </h3>
          <p>
            {entryCountLabel(preview.count)}, {dayRange(preview.firstDay, preview.lastDay)}.
            {pending.duplicates > 0 &&
              ` ${entryCountLabel(pending.duplicates)} already in the journal (or repeated in the file) will be skipped.`}
          </p>
          {pending.read.notes.length > 0 && (
            <ul className="import-notes">
              {pending.read.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <table className="data-table import-samples">
            <caption>The first entries</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Title</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {preview.samples.map((sample, index) => (
                <tr key={`${sample.occurredOn}-${index}`}>
                  <td>{formatLocalDate(sample.occurredOn)}</td>
                  <td>
                    {sample.starred ? '★ ' : ''}
                    {sample.title}
                  </td>
                  <td>{sample.tags.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pending.read.candidates ? (
            <div className="import-defaults">
              <SelectField label="Kind for imported entries" value={kind} onChange={(value) => setKind(value as EntryKind)}>
                {entryKinds.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Scope for imported entries" value={scope} onChange={(value) => setScope(value as ScopeLevelId)}>
                {scopeLevels.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.label}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : (
            <p className="muted">These entries keep their own kinds, scopes and competencies.</p>
          )}
          <div className="button-row">
            <button type="button" className="primary" disabled={isWorking} onClick={() => void confirm(pending)}>
              Import {entryCountLabel(pending.fresh)}
            </button>
            <button type="button" disabled={isWorking} onClick={() => setPending(null)}>
              Cancel import
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
