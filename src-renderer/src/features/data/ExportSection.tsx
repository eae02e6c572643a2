import { db } from '../../db/database';
import { todayLocalDate } from '../../domain/dates';
import { entriesToCsv } from '../../domain/entries/entriesCsv';
import { entriesForExport } from '../../domain/entries/entriesExport';
import { serializeEntriesFile } from '../../domain/entries/entriesFile';
import { entriesToMarkdown } from '../../domain/entries/entriesMarkdown';
import { useActiveFramework } from '../../hooks/useJournalData';
import { desktop } from '../../platform/desktop';
import { entryCountLabel } from '../journal/journalRows';
import type { RunTask } from './dataTask';

type Format = 'md' | 'csv' | 'json';

const formats: Record<Format, { title: string; filter: { name: string; extensions: string[] } }> = {
  md: { title: 'Export Markdown', filter: { name: 'Markdown', extensions: ['md'] } },
  csv: { title: 'Export CSV', filter: { name: 'CSV', extensions: ['csv'] } },
  json: { title: 'Export entries (JSON)', filter: { name: 'Scope Journal entries', extensions: ['json'] } },
};

/** Entries in open formats: Markdown to read, CSV for a spreadsheet, JSON to import again. */
export function ExportSection({ run, isWorking }: { run: RunTask; isWorking: boolean }) {
  const framework = useActiveFramework();

  const exportAs = (format: Format) =>
    run(`${formats[format].title}…`, async () => {
      const all = await db.entries.toArray();
      // Markdown and CSV are for reading: the trash stays out. The JSON file keeps everything.
      const shown = format === 'json' ? all : entriesForExport(all);
      const contents =
        format === 'md'
          ? entriesToMarkdown(shown, framework)
          : format === 'csv'
            ? entriesToCsv(shown, framework, { byteOrderMark: true })
            : serializeEntriesFile(shown);
      const base = format === 'json' ? 'scope-journal-entries' : 'scope-journal';
      const result = await desktop.saveTextFile({
        title: formats[format].title,
        suggestedName: `${base}-${todayLocalDate()}.${format}`,
        filters: [formats[format].filter],
        contents,
      });
      return result.status === 'saved' ? `Exported ${entryCountLabel(shown.length)} to ${result.filePath}.` : null;
    });

  return (
    <section className="data-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export entries</h2>
      <p>
        Markdown is one document to read, grouped by year and month with each entry’s details; CSV opens in a spreadsheet. Both leave out
        the trash. The JSON file holds every entry and can be imported again.
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
