import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels, maximumAttachmentBytes } from '../../../src-main/shared/contract';
import { deviceFile, filesUnder, folders, joinedComputer, modifiedAt, useSyncFolders, type Computer } from './syncHarness';

/* The files in the sync folder: incomplete ones, renamed copies, attachments, names from the page. */

useSyncFolders();

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function idOf(computer: Computer): Promise<string> {
  return (await computer.handlers[desktopChannels.getSyncSettings](undefined)).deviceId;
}

describe('files in the sync folder', () => {
  it('read a batch cut short as incomplete, then complete once it is whole again', async () => {
    const ana = await joinedComputer('ana');
    const ben = await joinedComputer('ben');
    const anaId = await idOf(ana);
    const text = JSON.stringify({ changes: Array.from({ length: 200 }, (_, index) => `change ${index}`) });
    const { name } = await ana.writeBatch(text);
    const path = deviceFile(anaId, 'batches', name);
    const whole = readFileSync(path);

    for (const length of [whole.byteLength - 1, Math.floor(whole.byteLength / 2), 40, 0]) {
      truncateSync(path, length);
      await expect(ben.readBatch(anaId, name)).resolves.toEqual({ status: 'incomplete' });
    }
    const damaged = Buffer.from(whole);
    damaged[damaged.byteLength - 5] = (damaged[damaged.byteLength - 5] ?? 0) ^ 1;
    writeFileSync(path, damaged);
    await expect(ben.readBatch(anaId, name)).resolves.toEqual({ status: 'incomplete' });

    writeFileSync(path, whole);
    await expect(ben.readBatch(anaId, name)).resolves.toEqual({ status: 'complete', value: text });
  });

  it('list an incomplete device.sjs as a device without info', async () => {
    const ana = await joinedComputer('ana');
    const ben = await joinedComputer('ben');
    const anaId = await idOf(ana);
    truncateSync(deviceFile(anaId, 'device.sjs'), 60);
    const listed = (await ben.list()).devices.find((device) => device.deviceId === anaId);
    expect(listed).toMatchObject({ info: null, isThisComputer: false });
  });

  it('list the renamed copies sync services make, each readable by its exact name, and skip what is not the format’s', async () => {
    const ana = await joinedComputer('ana');
    const ben = await joinedComputer('ben');
    const anaId = await idOf(ana);
    await ana.writeBatch('{"changes":["one"]}');
    const png = bytesOf('a picture, really');
    const hash = sha256(png);
    await ana.handlers[desktopChannels.writeSyncFile]({ hash, part: 'file', bytes: png });
    await ana.handlers[desktopChannels.writeSyncFile]({ hash, part: 'thumbnail', bytes: bytesOf('small') });

    const batch = deviceFile(anaId, 'batches', '0000000001.sjs');
    const copies = [
      '0000000001 (conflicted copy 2026-12-07).sjs',
      "0000000001 (Ana's conflicted copy 2026-12-07).sjs",
      '0000000001 2.sjs',
      '0000000001.sync-conflict-20261207-101010-ABCDEFG.sjs',
      '0000000001-ANA-DESKTOP.sjs',
    ];
    for (const copy of copies) copyFileSync(batch, deviceFile(anaId, 'batches', copy));
    copyFileSync(deviceFile(anaId, 'files', `${hash}.sjs`), deviceFile(anaId, 'files', `${hash} 2.sjs`));
    copyFileSync(deviceFile(anaId, 'device.sjs'), deviceFile(anaId, 'device (conflicted copy 2026-12-07).sjs'));
    // A device folder renamed whole (iCloud), and things that are not the format's.
    cpSync(deviceFile(anaId), deviceFile(`${anaId} 2`), { recursive: true });
    writeFileSync(deviceFile(anaId, 'batches', '.tmp-3f2b6c1e'), 'half a batch');
    writeFileSync(deviceFile(anaId, 'batches', 'notes.txt'), 'mine');
    writeFileSync(deviceFile(anaId, 'batches', '0000000002.sjs.part'), 'partial download');
    mkdirSync(deviceFile('not-a-device', 'batches'), { recursive: true });
    copyFileSync(batch, deviceFile('not-a-device', 'batches', '0000000001.sjs'));

    const listing = await ben.list();
    const original = listing.devices.find((device) => device.deviceId === anaId);
    // By sequence number, the canonical name first, then its copies.
    expect(original?.batches).toEqual(['0000000001.sjs', ...[...copies].sort()]);
    expect(original?.files).toEqual([`${hash}.sjs`, `${hash} 2.sjs`]);
    expect(original?.thumbnails).toEqual([`${hash}.sjs`]);
    const renamed = listing.devices.find((device) => device.deviceId === `${anaId} 2`);
    expect(renamed).toMatchObject({
      isThisComputer: false,
      info: { deviceId: anaId },
      batches: expect.arrayContaining(['0000000001.sjs']) as unknown,
    });
    expect(listing.devices.map((device) => device.deviceId)).not.toContain('not-a-device');

    for (const copy of copies) {
      await expect(ben.readBatch(anaId, copy)).resolves.toEqual({ status: 'complete', value: '{"changes":["one"]}' });
    }
    await expect(ben.readBatch(`${anaId} 2`, '0000000001 2.sjs')).resolves.toEqual({ status: 'complete', value: '{"changes":["one"]}' });
    const read = await ben.handlers[desktopChannels.readSyncFile]({ deviceId: anaId, name: `${hash} 2.sjs`, part: 'file' });
    expect(read).toEqual({ status: 'complete', value: png });
    if (read.status === 'complete') {
      // The bytes own their memory exactly, so sending them to the page sends nothing else.
      expect(read.value.buffer.byteLength).toBe(png.byteLength);
    }
  });

  it('list an iCloud placeholder as the file it stands for, which reads as incomplete until downloaded', async () => {
    const ana = await joinedComputer('ana');
    const ben = await joinedComputer('ben');
    const anaId = await idOf(ana);
    await ana.writeBatch('{}');
    writeFileSync(deviceFile(anaId, 'batches', '.0000000002.sjs.icloud'), 'placeholder');
    const listed = (await ben.list()).devices.find((device) => device.deviceId === anaId);
    expect(listed?.batches).toEqual(['0000000001.sjs', '0000000002.sjs']);
    await expect(ben.readBatch(anaId, '0000000002.sjs')).resolves.toEqual({ status: 'incomplete' });
  });

  it('write each attachment and thumbnail once, checked against its hash and size', async () => {
    const ana = await joinedComputer('ana');
    const ben = await joinedComputer('ben');
    const anaId = await idOf(ana);
    const pdf = bytesOf('%PDF-1.7 design review');
    const hash = sha256(pdf);
    const write = (request: { hash: string; part: 'file' | 'thumbnail'; bytes: Uint8Array }) =>
      ana.handlers[desktopChannels.writeSyncFile](request);

    await expect(write({ hash, part: 'file', bytes: pdf })).resolves.toBeUndefined();
    const path = deviceFile(anaId, 'files', `${hash}.sjs`);
    utimesSync(path, new Date('2026-01-01'), new Date('2026-01-01'));
    const written = modifiedAt(path);
    await write({ hash, part: 'file', bytes: pdf });
    expect(modifiedAt(path)).toBe(written);

    await expect(write({ hash, part: 'file', bytes: bytesOf('other bytes') })).rejects.toThrow('do not match its SHA-256');
    await expect(write({ hash: hash.toUpperCase(), part: 'file', bytes: pdf })).rejects.toThrow(/hash: must be a SHA-256/);
    await expect(write({ hash, part: 'file', bytes: new Uint8Array(0) })).rejects.toThrow(/bytes: must not be empty/);
    await expect(write({ hash, part: 'file', bytes: new Uint8Array(maximumAttachmentBytes + 1) })).rejects.toThrow(
      /bytes: must be at most 25 MB/,
    );

    await expect(ben.handlers[desktopChannels.readSyncFile]({ deviceId: anaId, name: `${hash}.sjs`, part: 'file' })).resolves.toEqual({
      status: 'complete',
      value: pdf,
    });
    await expect(ben.handlers[desktopChannels.readSyncFile]({ deviceId: anaId, name: `${hash}.sjs`, part: 'thumbnail' })).resolves.toEqual({
      status: 'incomplete',
    });
  });

  it('refuse names that would lead out of a device folder', async () => {
    const ana = await joinedComputer('ana');
    const anaId = await idOf(ana);
    await ana.writeBatch('{}');
    writeFileSync(`${folders.sync}/secret.sjs`, readFileSync(deviceFile(anaId, 'batches', '0000000001.sjs')));
    const attempts: [string, string][] = [
      ['..', '0000000001.sjs'],
      [`${anaId}/../..`, '0000000001.sjs'],
      [`../${anaId}`, '0000000001.sjs'],
      [anaId, '../device.sjs'],
      [anaId, '../../../secret.sjs'],
      [anaId, `..\\..\\0000000001.sjs`],
      [anaId, '/etc/passwd'],
      [anaId, '0000000001.sjs/../../device.sjs'],
      [anaId, '0000000001 (..’s conflicted copy 2026-12-07).sjs'],
      [folders.sync, '0000000001.sjs'],
    ];
    for (const [deviceId, name] of attempts) {
      await expect(ana.readBatch(deviceId, name), `${deviceId} ${name}`).rejects.toThrow(
        `Invalid request for ${desktopChannels.readSyncBatch}`,
      );
      await expect(ana.handlers[desktopChannels.readSyncFile]({ deviceId, name, part: 'file' }), `${deviceId} ${name}`).rejects.toThrow(
        /Invalid request/,
      );
    }
    await expect(ana.handlers[desktopChannels.readSyncBatch]({ deviceId: anaId, name: '0000000001.sjs', extra: true })).rejects.toThrow(
      /Invalid request/,
    );
  });

  it.skipIf(process.platform === 'win32')('never write through a symbolic link planted in this computer’s folder', async () => {
    const ana = await joinedComputer('ana');
    const anaId = await idOf(ana);
    await ana.writeBatch('{}');
    const outside = join(folders.root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious.txt'), 'keep me');

    rmSync(deviceFile(anaId, 'device.sjs'));
    symlinkSync(join(outside, 'precious.txt'), deviceFile(anaId, 'device.sjs'));
    await ana.writeBatch('{}');
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(deviceFile(anaId, 'device.sjs')).isFile()).toBe(true);

    rmSync(deviceFile(anaId, 'files'), { recursive: true, force: true });
    symlinkSync(outside, deviceFile(anaId, 'files'));
    const bytes = bytesOf('attachment');
    await expect(ana.handlers[desktopChannels.writeSyncFile]({ hash: sha256(bytes), part: 'file', bytes })).rejects.toThrow(
      /is not a plain folder \(it is a link or a file\)/,
    );
    expect(readdirSync(outside)).toEqual(['precious.txt']);
  });

  it('never hold what the page wrote, or the computer’s name, in plain text', async () => {
    const marker = 'PLAINTEXT-MARKER-7f3a';
    const ana = await joinedComputer('ana', { hostName: `laptop ${marker}` });
    await ana.writeBatch(JSON.stringify({ changes: [{ title: marker }] }));
    const file = bytesOf(`${marker} in an attachment`);
    await ana.handlers[desktopChannels.writeSyncFile]({ hash: sha256(file), part: 'file', bytes: file });
    await ana.handlers[desktopChannels.writeSyncFile]({ hash: sha256(file), part: 'thumbnail', bytes: bytesOf(marker) });
    const written = filesUnder(folders.sync);
    expect(written.filter((path) => path.endsWith('.sjs'))).toHaveLength(4);
    for (const path of written) {
      expect(readFileSync(`${folders.sync}/${path}`).includes(marker), path).toBe(false);
    }
  });
});
