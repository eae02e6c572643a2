import { describe, expect, it } from 'vitest';
import {
  iCloudPlaceholderTarget,
  isSyncContentHash,
  isSyncDeviceId,
  isSyncDeviceInfoName,
  isSyncMarkerCopyName,
  isSyncTemporaryName,
  parseSyncBatchName,
  parseSyncContentName,
  parseSyncDeviceFolderName,
  syncBatchFileName,
  syncContentFileName,
} from '../../../src-main/shared/syncNames';

/* The names of a sync folder, and the renamed copies sync services make of them. */

const hash = 'a'.repeat(64);
const deviceId = '3f2b6c1e-8a4d-4c1b-9e2f-0a1b2c3d4e5f';

/** Each service's renamed copy of a name whose stem is `stem`, as the service writes it. */
function conflictCopies(stem: string, extension: string): [string, string][] {
  return [
    ['Dropbox', `${stem} (conflicted copy 2026-12-07)${extension}`],
    ['Dropbox, with the user', `${stem} (Ana's conflicted copy 2026-12-07)${extension}`],
    ['Dropbox, typographic apostrophe', `${stem} (Ana Lucía’s conflicted copy 2026-12-07)${extension}`],
    ['Dropbox, second of the day', `${stem} (Ana's conflicted copy 2026-12-07 (1))${extension}`],
    ['iCloud', `${stem} 2${extension}`],
    ['iCloud, tenth', `${stem} 10${extension}`],
    ['Syncthing', `${stem}.sync-conflict-20261207-101010-ABCDEFG${extension}`],
    ['OneDrive', `${stem}-HOSTNAME${extension}`],
    ['OneDrive, host with dashes', `${stem}-ana-laptop-2${extension}`],
    ['Google Drive', `${stem} (1)${extension}`],
    ['a copy of a copy', `${stem} (conflicted copy 2026-12-07) 2${extension}`],
  ];
}

describe('batch names', () => {
  it('recognise the canonical name', () => {
    expect(parseSyncBatchName('0000000012.sjs')).toEqual({ sequence: 12, isConflictCopy: false });
    expect(parseSyncBatchName('9999999999.sjs')).toEqual({ sequence: 9_999_999_999, isConflictCopy: false });
  });

  it.each(conflictCopies('0000000012', '.sjs'))('recognise a renamed copy: %s', (_service, name) => {
    expect(parseSyncBatchName(name)).toEqual({ sequence: 12, isConflictCopy: true });
  });

  it.each([
    ['too few digits', '000000012.sjs'],
    ['too many digits', '00000000012.sjs'],
    ['another extension', '0000000012.json'],
    ['no extension', '0000000012'],
    ['a temporary file', '.tmp-3f2b6c1e-8a4d-4c1b-9e2f-0a1b2c3d4e5f'],
    ['the extension twice', '0000000012.sjs.sjs'],
    ['a path', 'batches/0000000012.sjs'],
    ['a Windows path', '..\\0000000012.sjs'],
    ['a parent folder', '../0000000012.sjs'],
    ['dots in a Dropbox user', "0000000012 (..'s conflicted copy 2026-12-07).sjs"],
    ['a slash in a Dropbox user', "0000000012 (a/b's conflicted copy 2026-12-07).sjs"],
    ['a control character', '0000000012\n.sjs'],
    ['an unknown suffix', '0000000012 copy.sjs'],
    ['a lower-case Syncthing id', '0000000012.sync-conflict-20261207-101010-abcdefg.sjs'],
    ['four suffixes', '0000000012 2 2 2 2.sjs'],
    ['empty', ''],
  ])('refuse %s', (_case, name) => {
    expect(parseSyncBatchName(name)).toBeNull();
  });

  it('name batches with ten digits', () => {
    expect(syncBatchFileName(1)).toBe('0000000001.sjs');
    expect(syncBatchFileName(12_345)).toBe('0000012345.sjs');
    expect(() => syncBatchFileName(0)).toThrow(RangeError);
    expect(() => syncBatchFileName(1.5)).toThrow(RangeError);
    expect(() => syncBatchFileName(10_000_000_000)).toThrow(RangeError);
  });
});

describe('attachment and thumbnail names', () => {
  it('recognise the canonical name and every renamed copy', () => {
    expect(parseSyncContentName(`${hash}.sjs`)).toEqual({ hash, isConflictCopy: false });
    for (const [, name] of conflictCopies(hash, '.sjs')) {
      expect(parseSyncContentName(name), name).toEqual({ hash, isConflictCopy: true });
    }
  });

  it('refuse anything but 64 lower-case hex digits', () => {
    expect(parseSyncContentName(`${'A'.repeat(64)}.sjs`)).toBeNull();
    expect(parseSyncContentName(`${'a'.repeat(63)}.sjs`)).toBeNull();
    expect(parseSyncContentName(`${'g'.repeat(64)}.sjs`)).toBeNull();
    expect(parseSyncContentName(`../${hash}.sjs`)).toBeNull();
  });

  it('name files by their hash', () => {
    expect(syncContentFileName(hash)).toBe(`${hash}.sjs`);
    expect(() => syncContentFileName('../etc/passwd')).toThrow(RangeError);
    expect(isSyncContentHash(hash)).toBe(true);
    expect(isSyncContentHash(hash.toUpperCase())).toBe(false);
  });
});

describe('device.sjs names', () => {
  it('recognise device.sjs and every renamed copy', () => {
    expect(isSyncDeviceInfoName('device.sjs')).toBe(true);
    for (const [, name] of conflictCopies('device', '.sjs')) {
      expect(isSyncDeviceInfoName(name), name).toBe(true);
    }
    expect(isSyncDeviceInfoName('devices.sjs')).toBe(false);
    expect(isSyncDeviceInfoName('device.json')).toBe(false);
  });
});

describe('device folder names', () => {
  it('map a folder and its renamed copies to the id it starts with', () => {
    expect(parseSyncDeviceFolderName(deviceId)).toEqual({ deviceId, isConflictCopy: false });
    for (const [, name] of conflictCopies(deviceId, '')) {
      expect(parseSyncDeviceFolderName(name), name).toEqual({ deviceId, isConflictCopy: true });
    }
  });

  it('refuse anything else', () => {
    expect(parseSyncDeviceFolderName(deviceId.toUpperCase())).toBeNull();
    expect(parseSyncDeviceFolderName(deviceId.slice(1))).toBeNull();
    expect(parseSyncDeviceFolderName(`${deviceId}/..`)).toBeNull();
    expect(parseSyncDeviceFolderName('..')).toBeNull();
    expect(parseSyncDeviceFolderName(`../${deviceId}`)).toBeNull();
    expect(parseSyncDeviceFolderName(`${deviceId}.sjs`)).toBeNull();
  });

  it('tell device ids', () => {
    expect(isSyncDeviceId(deviceId)).toBe(true);
    expect(isSyncDeviceId(`${deviceId} 2`)).toBe(false);
  });
});

describe('marker names', () => {
  it('recognise every renamed copy of the marker, but not the marker itself', () => {
    for (const [, name] of conflictCopies('scope-journal-sync', '.json')) {
      expect(isSyncMarkerCopyName(name), name).toBe(true);
    }
    expect(isSyncMarkerCopyName('scope-journal-sync.json')).toBe(false);
    expect(isSyncMarkerCopyName('scope-journal-sync 2.sjs')).toBe(false);
  });
});

describe('other names', () => {
  it('tell temporary files and iCloud placeholders', () => {
    expect(isSyncTemporaryName('.tmp-3f2b6c1e')).toBe(true);
    expect(isSyncTemporaryName('0000000001.sjs')).toBe(false);
    expect(iCloudPlaceholderTarget('.0000000001.sjs.icloud')).toBe('0000000001.sjs');
    expect(iCloudPlaceholderTarget('0000000001.sjs')).toBeNull();
  });
});
