import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../../src-main/shared/contract';
import { createComputer, deviceFile, joinedComputer, useSyncFolders } from './syncHarness';

/* This computer's sync settings: its id, kept across runs, and what a damaged file gives. */

useSyncFolders();

describe('the sync settings', () => {
  it('make this computer’s id once and keep it across runs', async () => {
    const first = await createComputer('ana').handlers[desktopChannels.getSyncSettings](undefined);
    const again = await createComputer('ana').handlers[desktopChannels.getSyncSettings](undefined);
    expect(again.deviceId).toBe(first.deviceId);
    expect(createComputer('ana').storedSettings()).toMatchObject({
      version: 1,
      deviceId: first.deviceId,
      salt: expect.any(String) as unknown,
    });
    const other = await createComputer('ben').handlers[desktopChannels.getSyncSettings](undefined);
    expect(other.deviceId).not.toBe(first.deviceId);
  });

  it('start afresh, with a warning, from a damaged settings file', async () => {
    const ana = createComputer('ana');
    mkdirSync(ana.userDataPath, { recursive: true });
    writeFileSync(join(ana.userDataPath, 'sync-settings.json'), '{"version":1,"deviceId":"../../etc"');
    await expect(ana.handlers[desktopChannels.getSyncSettings](undefined)).resolves.toMatchObject({ folder: null, hasPassphrase: false });
    expect(ana.warnings).toEqual([expect.stringContaining('is not valid JSON')]);
    expect(ana.storedSettings()).toMatchObject({ deviceId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
  });

  it('clear what an interrupted write left in this computer’s own folder, once it is an hour old', async () => {
    const ana = await joinedComputer('ana');
    const { deviceId } = await ana.handlers[desktopChannels.getSyncSettings](undefined);
    await ana.writeBatch('{}');
    const stale = deviceFile(deviceId, 'batches', '.tmp-stale');
    const staleInfo = deviceFile(deviceId, '.tmp-stale-device');
    const fresh = deviceFile(deviceId, 'batches', '.tmp-fresh');
    const twoHoursAgo = new Date(ana.clock.now().getTime() - 2 * 60 * 60 * 1000);
    for (const path of [stale, staleInfo]) {
      writeFileSync(path, 'half');
      utimesSync(path, twoHoursAgo, twoHoursAgo);
    }
    writeFileSync(fresh, 'half');
    utimesSync(fresh, ana.clock.now(), ana.clock.now());

    await expect(createComputer('ana').writeBatch('{}')).resolves.toEqual({ name: '0000000002.sjs' });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(staleInfo)).toBe(false);
    expect(readdirSync(deviceFile(deviceId, 'batches')).sort()).toEqual(['.tmp-fresh', '0000000001.sjs', '0000000002.sjs']);
  });
});
