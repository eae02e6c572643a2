import type { SyncFolderListing } from '../../../src-main/shared/contract';
import type { SyncFolderPort } from '../../../src-renderer/src/features/sync/runSync';

/**
 * A sync folder held in memory, for the engine's own tests: one device's view of it, writing only
 * under its own device id, with files that can be held back as "still being copied".
 */
export interface MemoryFolder {
  batches: Map<string, Map<string, string>>;
  files: Map<string, Map<string, Uint8Array>>;
  /** `<deviceId>/<name>` of batches every reader sees as incomplete. */
  incomplete: Set<string>;
  port(deviceId: string): SyncFolderPort;
}

export function createMemoryFolder(): MemoryFolder {
  const batches = new Map<string, Map<string, string>>();
  const files = new Map<string, Map<string, Uint8Array>>();
  const incomplete = new Set<string>();
  const of = <T>(map: Map<string, Map<string, T>>, deviceId: string) => {
    const held = map.get(deviceId) ?? new Map<string, T>();
    map.set(deviceId, held);
    return held;
  };
  return {
    batches,
    files,
    incomplete,
    port(deviceId) {
      return {
        listSyncFolder: () => {
          const devices = new Set([...batches.keys(), ...files.keys(), deviceId]);
          const listing: SyncFolderListing = {
            folder: '/memory',
            devices: [...devices].sort().map((id) => ({
              deviceId: id,
              isThisComputer: id === deviceId,
              info: {
                deviceId: id,
                name: `Computer ${id}`,
                lastActivityAt: '2026-12-07T10:00:00.000Z',
                appVersion: '0.1.0',
                hasLeft: false,
              },
              batches: [...of(batches, id).keys()].sort(),
              files: [...of(files, id).keys()].filter((name) => !name.startsWith('t:')),
              thumbnails: [...of(files, id).keys()].filter((name) => name.startsWith('t:')).map((name) => name.slice(2)),
            })),
          };
          return Promise.resolve(listing);
        },
        readSyncBatch: ({ deviceId: from, name }) => {
          const text = batches.get(from)?.get(name);
          if (text === undefined || incomplete.has(`${from}/${name}`)) return Promise.resolve({ status: 'incomplete' as const });
          return Promise.resolve({ status: 'complete' as const, value: text });
        },
        writeSyncBatch: ({ text }) => {
          const own = of(batches, deviceId);
          const name = `${String(own.size + 1).padStart(10, '0')}.sjs`;
          own.set(name, text);
          return Promise.resolve({ name });
        },
        readSyncFile: ({ deviceId: from, name, part }) => {
          const bytes = files.get(from)?.get(part === 'thumbnail' ? `t:${name}` : name);
          return Promise.resolve(bytes === undefined ? { status: 'incomplete' as const } : { status: 'complete' as const, value: bytes });
        },
        writeSyncFile: ({ hash, part, bytes }) => {
          of(files, deviceId).set(part === 'thumbnail' ? `t:${hash}.sjs` : `${hash}.sjs`, bytes);
          return Promise.resolve();
        },
      };
    },
  };
}
