// The main process's side of sync, bundled for Node by bench/node-bundle.mjs so the sync row
// (bench/sync.mjs) runs the real service behind the real handlers and payload parsing of the
// desktop contract, as Electron's main process does. Not part of the app.
export { createSyncService } from '../src-main/services/sync/syncService.ts';
export { createSyncHandlers } from '../src-main/ipc/syncHandlers.ts';
export { createChannelHandlers } from '../src-main/ipc/registerHandlers.ts';
export { desktopMethods } from '../src-main/shared/contract.ts';
export { defaultScryptParameters } from '../src-main/services/backups/encryptedFileLayout.ts';
