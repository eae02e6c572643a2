import { describe, expect, it } from 'vitest';
import { listPackets } from '../../../../src-renderer/src/db/packetsRepository';
import { backupChecksum, readBackupText, serializeBackup } from '../../../../src-renderer/src/domain/backup/backupFile';
import { makePacket, makeTables } from '../../backupFactory';
import { openFreshDatabase } from '../../db/freshDatabase';

const exportedAt = new Date('2026-03-14T09:30:00.000Z');

/** A backup whose first packet's options have had `edit` applied, with its checksum made to match again. */
async function withOptions(edit: (options: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse(await serializeBackup(makeTables(2), exportedAt)) as {
    data: { packets: { options: Record<string, unknown> }[] };
    checksum: { value: string };
  };
  const packet = file.data.packets[0];
  if (!packet) throw new Error('the factory makes a packet');
  edit(packet.options);
  file.checksum.value = await backupChecksum(file.data);
  return JSON.stringify(file);
}

describe('a packet’s "One-page summary" option in backups and the database', () => {
  it('reads a backup written before the option existed, and one that has it', async () => {
    const older = await readBackupText(await withOptions((options) => delete options.onePage));
    if (!older.ok) throw new Error(older.problem);
    expect(older.backup.data.packets[0]?.options).not.toHaveProperty('onePage');

    const packet = makePacket();
    const tables = { ...makeTables(2), packets: [{ ...packet, options: { ...packet.options, onePage: true } }] };
    const newer = await readBackupText(await serializeBackup(tables, exportedAt));
    if (!newer.ok) throw new Error(newer.problem);
    expect(newer.backup.data.packets[0]?.options.onePage).toBe(true);
  });

  it('refuses an option of the wrong type, saying where', async () => {
    const wrong = await readBackupText(await withOptions((options) => (options.onePage = 'yes')));
    expect(wrong.ok).toBe(false);
    expect(wrong.ok || wrong.problem).toMatch(/^Packet 1 is invalid: options\.onePage/);
  });

  it('reads an older packet record without the option from the database', async () => {
    const database = await openFreshDatabase();
    const older = makePacket({ id: 'old' });
    delete older.options.onePage;
    await database.packets.put(older);
    const [stored] = await listPackets(database);
    expect(stored?.id).toBe('old');
    expect(stored?.options).not.toHaveProperty('onePage');
    database.close();
  });
});
