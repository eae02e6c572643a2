import { describe, expect, it } from 'vitest';
import { backupChecksum, readBackupText, serializeBackup } from '../../../../src-renderer/src/domain/backup/backupFile';
import type { Competency } from '../../../../src-renderer/src/domain/types';
import { makeFramework, makeTables } from '../../backupFactory';

const exportedAt = new Date('2026-03-14T09:30:00.000Z');

/** A backup whose first framework's second competency has had `edit` applied, with its checksum made to match again. */
async function withCompetency(edit: (competency: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse(await serializeBackup(makeTables(2), exportedAt)) as {
    data: { frameworks: { competencies: Record<string, unknown>[] }[] };
    checksum: { value: string };
  };
  const competency = file.data.frameworks[0]?.competencies[1];
  if (!competency) throw new Error('the factory makes a framework with two competencies');
  edit(competency);
  file.checksum.value = await backupChecksum(file.data);
  return JSON.stringify(file);
}

describe('a competency’s expected scope in backups', () => {
  it('reads a backup whose frameworks were written before expected scopes existed', async () => {
    const older = await readBackupText(await withCompetency(() => undefined));
    if (!older.ok) throw new Error(older.problem);
    for (const competency of older.backup.data.frameworks[0]?.competencies ?? []) expect(competency).not.toHaveProperty('expectedScope');
  });

  it('keeps the expected scope of a competency that has one', async () => {
    const framework = makeFramework();
    const [first, second] = framework.competencies as [Competency, Competency];
    const scoped: Competency = { ...second, expectedScope: { staff: { from: 'team', to: 'department' } } };
    const tables = { ...makeTables(2), frameworks: [{ ...framework, competencies: [first, scoped] }] };
    const read = await readBackupText(await serializeBackup(tables, exportedAt));
    if (!read.ok) throw new Error(read.problem);
    expect(read.backup.data.frameworks[0]?.competencies[1]?.expectedScope).toEqual({ staff: { from: 'team', to: 'department' } });
  });

  it('refuses an unknown role, an unknown scope and a range that runs backwards, saying where', async () => {
    const problems = await Promise.all(
      [
        { lead: { from: 'team', to: 'company' } },
        { staff: { from: 'galaxy', to: 'company' } },
        { staff: { from: 'company', to: 'team' } },
      ].map(async (expectedScope) => {
        const read = await readBackupText(await withCompetency((competency) => (competency.expectedScope = expectedScope)));
        return read.ok ? 'read' : read.problem;
      }),
    );
    expect(problems[0]).toMatch(/^Framework 1 is invalid: competencies\.1\.expectedScope has an unknown field “lead”/);
    expect(problems[1]).toMatch(/^Framework 1 is invalid: competencies\.1\.expectedScope\.staff\.from should be one of/);
    expect(problems[2]).toBe('Framework 1 is invalid: competencies.1.expectedScope.staff runs from a wider scope to a narrower one.');
  });
});
