import { readAttachment } from '../../db/attachmentsRepository';
import { db } from '../../db/database';
import { todayLocalDate } from '../../domain/dates';
import { entriesToCsv } from '../../domain/entries/entriesCsv';
import { entriesForExport } from '../../domain/entries/entriesExport';
import { serializeEntriesFile } from '../../domain/entries/entriesFile';
import { attachedFilesLeftOutNote } from '../../domain/exports/attachedFiles';
import { exportMarkdown } from '../../domain/exports/markdownZip';
import type { Entry } from '../../domain/types';
import { useActiveFramework } from '../../hooks/useJournalData';
import { desktop } from '../../platform/desktop';
import { entryCountLabel } from '../journal/journalRows';
import { progressMessage, type RunTask } from './dataTask';

type Format = 'md' | 'csv' | 'json';

const formats: Record<Format, { title: string; filter: { name: string; extensions: string[] } }> = {
  md: { title: 'Export Markdown', filter: { name: 'Markdown', extensions: ['md'] } },
  csv: { title: 'Export CSV', filter: { name: 'CSV', extensions: ['csv'] } },
  json: { title: 'Export entries (JSON)', filter: { name: 'Scope Journal entries', extensions: ['json'] } },
};

/** `message`, then `note` when there is one. */
function withNote(message: string, note: string): string {
  return note === '' ? message : `${message} ${note}`;
}

/** Entries in open formats: Markdown to read, CSV for a spreadsheet, JSON to import again. */
export function ExportSection({ run, isWorking }: { run: RunTask; isWorking: boolean }) {
  const framework = useActiveFramework();

  const exportAs = (format: Format) =>
    run(
      `${formats[format].title}…`,
      async ({ signal, progress }) => {
        const all = await db.entries.toArray();
        const suggestedBase = `${format === 'json' ? 'scope-journal-entries' : 'scope-journal'}-${todayLocalDate()}`;
        if (format === 'md') return exportMarkdownFile(all, suggestedBase, signal, progress);
        // The CSV is for reading: the trash stays out. The JSON file keeps everything.
        const shown = format === 'json' ? all : entriesForExport(all);
        const result = await desktop.saveTextFile({
          title: formats[format].title,
          suggestedName: `${suggestedBase}.${format}`,
          filters: [formats[format].filter],
          contents: format === 'csv' ? entriesToCsv(shown, framework, { byteOrderMark: true }) : serializeEntriesFile(shown),
        });
        if (result.status !== 'saved') return null;
        return withNote(`Exported ${entryCountLabel(shown.length)} to ${result.filePath}.`, attachedFilesLeftOutNote(shown));
      },
      // Cancelling matters for a Markdown export that gathers many attached files.
      { cancellable: format === 'md' },
    );

  /** The Markdown export: one `.md` file, or a zip with the attached files (see `exportMarkdown`). */
  async function exportMarkdownFile(
    all: Entry[],
    suggestedBase: string,
    signal: AbortSignal,
    progress: (message: string) => void,
  ): Promise<string | null> {
    const made = await exportMarkdown(all, framework, {
      markdownName: `${suggestedBase}.md`,
      readFile: async (hash) => (await readAttachment(db, hash))?.blob,
      onProgress: (fraction) => progress(progressMessage('Export Markdown… adding the attached files', fraction)),
      signal,
    });
    if (made.kind === 'markdown') {
      const result = await desktop.saveTextFile({
        title: formats.md.title,
        suggestedName: `${suggestedBase}.md`,
        filters: [formats.md.filter],
        contents: made.contents,
      });
      return result.status === 'saved' ? `Exported ${entryCountLabel(made.entryCount)} to ${result.filePath}.` : null;
    }
    progress('Export Markdown… saving the zip');
    const result = await desktop.saveFile({
      title: formats.md.title,
      suggestedName: `${suggestedBase}.zip`,
      filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      bytes: new Uint8Array(await made.zip.arrayBuffer()),
    });
    if (result.status !== 'saved') return null;
    const files = made.fileCount === 1 ? '1 attached file' : `${made.fileCount.toLocaleString('en-US')} attached files`;
    const missing =
      made.missingCount === 0
        ? ''
        : made.missingCount === 1
          ? '1 attached file is not on this computer, so it is not in the zip.'
          : `${made.missingCount.toLocaleString('en-US')} attached files are not on this computer, so they are not in the zip.`;
    return withNote(`Saved ${entryCountLabel(made.entryCount)} and ${files} to ${result.filePath}.`, missing);
  }

  return (
    <section className="data-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export entries</h2>
      <p>
        Markdown is one document to read, grouped by year and month with each entry’s details; when entries have files attached, it is a zip
        of the document and the files. CSV opens in a spreadsheet. Both leave out the trash. The JSON file holds every entry and can be
        imported again. CSV and JSON keep the names of attached files, not the files.
      </p>
      <div className="button-row">
        <button type="button" disabled={isWorking} onClick={() => void exportAs('md')}>
          Export Markdown
        </button>
        <button type="button" disabled={isWorking} onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={isWorking} onClick={() => void exportAs('json')}>
          Export entries (JSON)
        </button>
      </div>
    </section>
  );
}
