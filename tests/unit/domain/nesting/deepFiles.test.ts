import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupChecksum, readBackupText, serializeBackup, type BackupTables } from '../../../../src-renderer/src/domain/backup/backupFile';
import { parseEntriesFile, serializeEntriesFile } from '../../../../src-renderer/src/domain/entries/entriesFile';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { parseFrameworkFile } from '../../../../src-renderer/src/domain/framework/frameworkFile';
import { parseBragDocument } from '../../../../src-renderer/src/domain/imports/bragDocument';
import { parseDayOneJson, parseDayOneZip } from '../../../../src-renderer/src/domain/imports/dayOne';
import { readImportFile } from '../../../../src-renderer/src/domain/imports/importPlan';
import { parseJrnlJson, parseJrnlText } from '../../../../src-renderer/src/domain/imports/jrnl';
import { makeTables } from '../../backupFactory';
import { makeEntry } from '../../entryFactory';
import { problemOf } from '../imports/importAssertions';
import { nestedArrays, nestingProblem } from './deepText';

const depth = 50_000;
const deepArray = nestedArrays(depth);
const placeholder = '"deep value goes here"';

/** A backup of `tables` with a `depth`-deep array as its first goal, its checksum matching. */
async function backupWithDeepGoal(tables: BackupTables): Promise<string> {
  const file = JSON.parse(await serializeBackup(tables, new Date('2026-03-14T09:30:00.000Z'))) as {
    data: Record<string, unknown[]>;
    counts: Record<string, number>;
    checksum: { value: string };
  };
  file.data.goals = [JSON.parse(deepArray)];
  file.counts.goals = 1;
  file.checksum.value = await backupChecksum(file.data);
  file.data.goals = [JSON.parse(placeholder)];
  return JSON.stringify(file).replace(placeholder, deepArray);
}

describe('files nested 50,000 levels deep', () => {
  it('refuses a backup with a deep array in its goals, naming the limit', async () => {
    const text = await backupWithDeepGoal(makeTables(2));
    // The root object, `data` and `goals` are three levels around the deep array.
    expect(await readBackupText(text)).toEqual({ ok: false, problem: nestingProblem(depth + 3) });
  });

  it('still reads an ordinary backup, with the same checksum as before', async () => {
    const text = await serializeBackup(makeTables(3), new Date('2026-03-14T09:30:00.000Z'));
    expect(await readBackupText(text)).toMatchObject({ ok: true });
  });

  it('refuses a framework file and an entries file', () => {
    const framework = JSON.stringify({ format: 'scope-journal-framework', version: 1, framework: { ...defaultFramework, extra: 0 } });
    expect(parseFrameworkFile(framework.replace('"extra":0', `"extra":${deepArray}`))).toEqual({
      isValid: false,
      problem: nestingProblem(depth + 2),
    });
    const entries = serializeEntriesFile([makeEntry()], new Date('2026-03-14T09:30:00.000Z'));
    const deepEntries = entries.replace('"entries": [', `"entries": [${deepArray},`);
    expect(parseEntriesFile(deepEntries)).toEqual({ isValid: false, problem: nestingProblem(depth + 2) });
    expect(readImportFile('entries.json', strToU8(deepEntries), '2026-05-01')).toEqual({ ok: false, problem: nestingProblem(depth + 2) });
  });

  it('refuses jrnl and Day One JSON exports, alone and in a zip', () => {
    const jrnl = `{"tags":{},"entries":[{"date":"2026-03-04","title":"Deep","body":"","extra":${deepArray}}]}`;
    expect(problemOf(parseJrnlJson(jrnl))).toBe(nestingProblem(depth + 3));
    const dayOne = `{"metadata":{"version":"1.0"},"entries":[{"uuid":"A1","creationDate":"2026-03-04T09:15:00Z","text":"Deep","weather":${deepArray}}]}`;
    expect(problemOf(parseDayOneJson(dayOne))).toBe(nestingProblem(depth + 3));
    const zip = zipSync({ 'Journal.json': strToU8(dayOne) });
    expect(problemOf(parseDayOneZip(zip))).toBe(`In “Journal.json”: ${nestingProblem(depth + 3)}`);
    expect(readImportFile('Export.zip', zip, '2026-05-01')).toEqual({
      ok: false,
      problem: `In “Journal.json”: ${nestingProblem(depth + 3)}`,
    });
  });

  it('refuses a brag document and a jrnl journal nested that deep in quotes or lists', () => {
    const quotes = `# Wins\n\n- Shipped it\n${'>'.repeat(depth)} deep`;
    expect(problemOf(parseBragDocument(quotes, { today: '2026-05-01' }))).toBe(nestingProblem(depth));
    const list = `- Shipped it\n${Array.from({ length: 100 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n')}`;
    expect(problemOf(parseBragDocument(list, { today: '2026-05-01' }))).toBe(nestingProblem(100));
    expect(problemOf(parseJrnlText(`[2026-03-04 09:15] Deep.\n${'>'.repeat(depth)} deep`))).toBe(nestingProblem(depth));
  });

  it('refuses an export entry whose Markdown text is nested that deep, naming the entry', () => {
    const jrnl = JSON.stringify({ tags: {}, entries: [{ date: '2026-03-04', title: 'Deep', body: `${'>'.repeat(depth)} deep` }] });
    expect(problemOf(parseJrnlJson(jrnl))).toBe(
      "Entry 1's body is nested 50,000 levels deep; Scope Journal reads text nested at most 64 levels deep.",
    );
  });
});
