import { describe, expect, it } from 'vitest';
import { listPackets, savePacket } from '../../../../src-renderer/src/db/packetsRepository';
import { backupChecksum, readBackupText, serializeBackup } from '../../../../src-renderer/src/domain/backup/backupFile';
import { duplicatePacket } from '../../../../src-renderer/src/domain/packet/packet';
import { makePacket, makeTables } from '../../backupFactory';
import { openFreshDatabase } from '../../db/freshDatabase';

const exportedAt = new Date('2026-03-14T09:30:00.000Z');
const redaction = { unticked: ['Priya Raman'], added: ['Dana Whitfield'] };

/** A backup whose first packet has had `edit` applied, with its checksum made to match again. */
async function withPacket(edit: (packet: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse(await serializeBackup(makeTables(2), exportedAt)) as {
    data: { packets: Record<string, unknown>[] };
    checksum: { value: string };
  };
  const packet = file.data.packets[0];
  if (!packet) throw new Error('the factory makes a packet');
  edit(packet);
  file.checksum.value = await backupChecksum(file.data);
  return JSON.stringify(file);
}

describe('a packet’s "Names to redact" choices in backups and the database', () => {
  it('reads a backup written before the choices existed, and one that has them', async () => {
    const older = await readBackupText(await withPacket((packet) => delete packet.redaction));
    if (!older.ok) throw new Error(older.problem);
    expect(older.backup.data.packets[0]).not.toHaveProperty('redaction');

    const tables = { ...makeTables(2), packets: [makePacket({ redaction })] };
    const newer = await readBackupText(await serializeBackup(tables, exportedAt));
    if (!newer.ok) throw new Error(newer.problem);
    expect(newer.backup.data.packets[0]?.redaction).toEqual(redaction);
  });

  it('refuses choices of the wrong shape, saying where', async () => {
    const wrong = await readBackupText(await withPacket((packet) => (packet.redaction = { unticked: 'Priya', added: [] })));
    expect(wrong.ok || wrong.problem).toBe('Packet 1 is invalid: redaction.unticked should be a list.');
    const extra = await readBackupText(await withPacket((packet) => (packet.redaction = { unticked: [], added: [], script: 1 })));
    expect(extra.ok || extra.problem).toBe('Packet 1 is invalid: redaction has an unknown field “script”.');
  });

  it('reads an older packet record without the field from the database, and a duplicate copies the choices', async () => {
    const database = await openFreshDatabase();
    await database.packets.put(makePacket({ id: 'old' }));
    const [stored] = await listPackets(database);
    expect(stored).toBeDefined();
    expect(stored?.redaction).toBeUndefined();

    const withChoices = await savePacket(database, makePacket({ id: 'new', redaction }));
    const copy = duplicatePacket(withChoices, exportedAt);
    expect(copy.redaction).toEqual(redaction);
    expect(copy.redaction).not.toBe(withChoices.redaction);
    database.close();
  });
});

describe('a packet’s drafted narratives in backups and the database', () => {
  const draftedNarratives = { mentoring: 'My reach here grew from Team in Q1 2025 to Company in Q3 2026.' };

  it('reads a backup written before drafting existed, and one with drafts', async () => {
    const older = await readBackupText(await withPacket((packet) => delete packet.draftedNarratives));
    if (!older.ok) throw new Error(older.problem);
    expect(older.backup.data.packets[0]).not.toHaveProperty('draftedNarratives');

    const tables = { ...makeTables(2), packets: [makePacket({ draftedNarratives })] };
    const newer = await readBackupText(await serializeBackup(tables, exportedAt));
    if (!newer.ok) throw new Error(newer.problem);
    expect(newer.backup.data.packets[0]?.draftedNarratives).toEqual(draftedNarratives);
  });

  it('refuses drafts of the wrong shape', async () => {
    const wrong = await readBackupText(await withPacket((packet) => (packet.draftedNarratives = ['a draft'])));
    expect(wrong.ok).toBe(false);
  });

  it('reads an older packet record without drafts from the database', async () => {
    const database = await openFreshDatabase();
    await database.packets.put(makePacket({ id: 'old' }));
    const [stored] = await listPackets(database);
    expect(stored?.draftedNarratives).toBeUndefined();
    database.close();
  });
});

describe('a packet’s "Include images" option in backups and the database', () => {
  it('reads a backup written before the option existed, and one with it on or off', async () => {
    const older = await readBackupText(await withPacket((packet) => delete (packet.options as Record<string, unknown>).includeImages));
    if (!older.ok) throw new Error(older.problem);
    expect(older.backup.data.packets[0]?.options).not.toHaveProperty('includeImages');

    for (const includeImages of [true, false]) {
      const options = { ...makePacket().options, includeImages };
      const newer = await readBackupText(await serializeBackup({ ...makeTables(2), packets: [makePacket({ options })] }, exportedAt));
      if (!newer.ok) throw new Error(newer.problem);
      expect(newer.backup.data.packets[0]?.options.includeImages).toBe(includeImages);
    }
  });

  it('refuses an option that is not true or false', async () => {
    const wrong = await readBackupText(await withPacket((packet) => ((packet.options as Record<string, unknown>).includeImages = 'yes')));
    expect(wrong.ok).toBe(false);
  });

  it('reads an older packet record without the option from the database', async () => {
    const database = await openFreshDatabase();
    await database.packets.put(makePacket({ id: 'old' }));
    const [stored] = await listPackets(database);
    expect(stored?.options.includeImages).toBeUndefined();
    database.close();
  });
});
