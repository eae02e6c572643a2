// electron-builder's afterPack hook (electron-builder.yml: `afterPack: ./scripts/afterPack.cjs`):
// flips the Electron fuses of scripts/electronFuses.cjs in the packaged binary.
//
// electron-builder requires this file and calls its `afterPack` export once per packaged app,
// after the app folder is complete and before it signs it: the signature then covers the
// flipped binary. CommonJS, because electron-builder loads hooks with `require`.
'use strict';

const { join } = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { fuseConfig } = require('./electronFuses.cjs');

// electron-builder's `Arch` (builder-util): ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
// tests/main/fuses.test.ts checks these against builder-util itself.
const arm64 = 3;
const universal = 4;

/**
 * The path @electron/fuses wants for the packaged Electron binary: the `.app` bundle on macOS (it
 * finds the Electron Framework inside), `<productName>.exe` on Windows, and on Linux the
 * executable, which electron-builder names after `linux.executableName`.
 *
 * @typedef {{ appInfo: { productFilename: string }; executableName?: string }} Packager
 * @param {{ appOutDir: string; electronPlatformName: string; packager: Packager }} context
 * @returns {string}
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (packager.executableName === undefined) {
        throw new Error('electron-builder did not say the Linux executable name');
      }
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`No Electron binary is known for the platform ${electronPlatformName}`);
  }
}

/**
 * Builds the hook around `flip` (@electron/fuses' `flipFuses`; a test passes a recorder).
 *
 * Flipping rewrites the binary, which breaks its code signature. electron-builder signs the
 * macOS app afterwards (ad hoc: `mac.identity: '-'`), but not when signing is turned off
 * (CSC_IDENTITY_AUTO_DISCOVERY=false). Apple silicon refuses to launch a binary whose signature
 * no longer matches, and the asar integrity hash in Info.plist means something only under a valid
 * signature. So arm64 (and universal) macOS builds are re-signed ad hoc right after flipping, as
 * @electron/fuses recommends.
 *
 * @param {(binaryPath: string, config: Record<string | number, unknown>) => Promise<unknown>} flip
 */
function createAfterPack(flip) {
  /** @param {Parameters<typeof electronBinaryPath>[0] & { arch: number }} context */
  return async function afterPack(context) {
    const isAppleSilicon = context.electronPlatformName === 'darwin' && (context.arch === arm64 || context.arch === universal);
    await flip(electronBinaryPath(context), fuseConfig({ resetAdHocDarwinSignature: isAppleSilicon }));
  };
}

const afterPack = createAfterPack(flipFuses);

module.exports = { afterPack, createAfterPack, electronBinaryPath };
