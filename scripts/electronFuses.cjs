// The Electron fuses Scope Journal is packaged with, flipped by scripts/afterPack.cjs.
//
// Fuses are switches compiled into the Electron binary: unlike a command-line flag or an
// environment variable, nobody who merely starts the app can turn them back. Each one below
// removes a way to run code as Scope Journal that the app itself never needs.
// tests/main/fuses.test.ts and item 19 of tests/main/securityChecklist/boundaries.test.ts read this table.
'use strict';

const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Every fuse of @electron/fuses' V1 wire, by its name there, and the state the app ships with. */
const electronFuses = Object.freeze({
  // ELECTRON_RUN_AS_NODE=1 would make the signed app binary a plain Node.js runtime.
  RunAsNode: false,
  // Chromium's cookie store is encrypted at rest with the OS key store (safeStorage's key).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload any script (--require) into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would open a debugger port into the main process.
  EnableNodeCliInspectArguments: false,
  // On macOS and Windows the app refuses an app.asar whose header hash does not match the one
  // electron-builder embeds (Info.plist / an exe resource); Linux has no such check.
  EnableEmbeddedAsarIntegrityValidation: true,
  // The app starts only from app.asar, so a loose resources/app folder cannot replace it.
  OnlyLoadAppFromAsar: true,
  // Off, as Electron ships it: the app has no browser-process V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no extra privileges: the page is served from app:// (src-main/security).
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * The configuration `flipFuses` takes: every fuse of the table by its index on the wire.
 * `strictlyRequireAllFuses` stays off because an Electron newer than @electron/fuses may carry
 * fuses it cannot name yet; tests/main/fuses.test.ts fails instead when @electron/fuses learns a
 * fuse this table does not set.
 *
 * @param {{ resetAdHocDarwinSignature: boolean }} options
 */
function fuseConfig(options) {
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: options.resetAdHocDarwinSignature };
  for (const [name, isEnabled] of Object.entries(electronFuses)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (typeof index !== 'number') {
      throw new Error(`@electron/fuses knows no fuse named ${name}`);
    }
    config[index] = isEnabled;
  }
  return config;
}

module.exports = { electronFuses, fuseConfig };
