import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants';
// electron-builder's own loaders: the configuration and the hook exactly as `npm run package` sees them.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import { Arch, DebugLogger } from 'builder-util';
import { sanitizeFileName } from 'builder-util/out/filename';
import type { Configuration } from 'electron-builder';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { afterPack, createAfterPack, electronBinaryPath, type FusesPackContext } from '../../scripts/afterPack.cjs';
import { electronFuses, fuseConfig } from '../../scripts/electronFuses.cjs';

/*
 * The Electron fuses, which exist only in a packaged binary, and packaging cannot run here. So this
 * checks the table, that electron-builder's configuration names the hook, where the hook finds the
 * binary on each OS, and — with the real flipFuses — that it flips a binary's fuse wire: the test
 * writes small files holding the wire as Electron lays it out (sentinel, version, length, states).
 */

const projectFolder = resolve(import.meta.dirname, '../..');
/**
 * Fuse states in wire order (RunAsNode, cookie encryption, NODE_OPTIONS, inspect flags, asar
 * integrity, asar only, V8 snapshot, file:// privileges), '1' on and '0' off: Electron's defaults,
 * and the table's.
 */
const electronDefaultWire = '10110001';
const flippedWire = '01001100';

let config: Configuration;
let folder = '';

beforeAll(async () => {
  config = await getConfig(projectFolder, null, null);
  await validateConfiguration(config, new DebugLogger(false));
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-fuses-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The AfterPackContext electron-builder would pass for this project on `platform`. */
function packContext(platform: string, arch: Arch = Arch.x64): FusesPackContext {
  const productFilename = sanitizeFileName(config.productName ?? '');
  const executableName = sanitizeFileName(config.linux?.executableName ?? '');
  return {
    appOutDir: join(folder, `${platform}-unpacked`),
    electronPlatformName: platform,
    arch,
    packager: platform === 'linux' ? { appInfo: { productFilename: executableName }, executableName } : { appInfo: { productFilename } },
  };
}

/** Writes a stand-in Electron binary at `path`: bytes around a fuse wire in the states `wire`. */
function writeFakeBinary(path: string, wire: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fuseWire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire)]);
  writeFileSync(path, Buffer.concat([Buffer.from('\u007fELF…code before'), fuseWire, Buffer.from('…code after')]));
}

/** The fuse states in the file at `path`, read back without @electron/fuses. */
function wireStates(path: string): string {
  const binary = readFileSync(path);
  const wire = binary.indexOf(SENTINEL) + SENTINEL.length;
  return binary.toString('latin1', wire + 2, wire + 2 + (binary[wire + 1] ?? 0));
}

describe('the fuse table (scripts/electronFuses.cjs)', () => {
  it('turns off Node, NODE_OPTIONS, inspect flags and file:// privileges; turns on asar only, its integrity and cookie encryption', () => {
    expect(electronFuses).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('sets every fuse @electron/fuses knows (an upgrade that adds one fails here until it is decided)', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(electronFuses).sort()).toEqual(known.sort());
  });

  it('is the wire the packaged binary gets', () => {
    const states = Object.keys(FuseV1Options)
      .filter((key) => Number.isNaN(Number(key)))
      .map((name) => (electronFuses[name] === true ? '1' : '0'));
    expect(states.join('')).toBe(flippedWire);
  });

  it('becomes the flipFuses configuration, by wire index', () => {
    expect(fuseConfig({ resetAdHocDarwinSignature: false })).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});

describe('the afterPack hook', () => {
  it('is named in electron-builder.yml, which packages into app.asar and sets no fuses of its own', async () => {
    expect(config.afterPack).toBe('./scripts/afterPack.cjs');
    expect(config.asar).toBe(true);
    expect(config.electronFuses ?? null).toBeNull();
    const hook = await resolveFunction<unknown>(undefined, config.afterPack, 'afterPack', projectFolder);
    expect(hook).toBeTypeOf('function');
  });

  it.each([
    ['linux', 'scope-journal'],
    ['darwin', 'Scope Journal.app'],
    ['mas', 'Scope Journal.app'],
    ['win32', 'Scope Journal.exe'],
  ])('finds the %s binary at %s', (platform, name) => {
    const context = packContext(platform);
    expect(electronBinaryPath(context)).toBe(join(context.appOutDir, name));
  });

  it('refuses a platform it knows no binary for', () => {
    expect(() => electronBinaryPath(packContext('freebsd'))).toThrow(/freebsd/);
  });

  it.each([
    ['linux', Arch.x64, false],
    ['linux', Arch.arm64, false],
    ['win32', Arch.arm64, false],
    ['darwin', Arch.x64, false],
    ['darwin', Arch.arm64, true],
    ['darwin', Arch.universal, true],
  ])('on %s (arch %i) flips the table at the binary, re-signing ad hoc: %s', async (platform, arch, isResigned) => {
    const calls: { binaryPath: string; config: Record<string | number, unknown> }[] = [];
    const hook = createAfterPack((binaryPath, flipConfig) => {
      calls.push({ binaryPath, config: flipConfig });
      return Promise.resolve(1);
    });
    const context = packContext(platform, arch);
    await hook(context);
    expect(calls).toEqual([{ binaryPath: electronBinaryPath(context), config: fuseConfig({ resetAdHocDarwinSignature: isResigned }) }]);
  });

  it.each([
    ['linux', 'scope-journal'],
    ['win32', 'Scope Journal.exe'],
    // flipFuses finds the framework inside the bundle, where Electron keeps its fuse wire.
    ['darwin', 'Scope Journal.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ])('flips the fuse wire of a %s binary with the real flipFuses, as electron-builder loads the hook', async (platform, file) => {
    const context = packContext(platform);
    const fuseFilePath = join(context.appOutDir, file);
    writeFakeBinary(fuseFilePath, electronDefaultWire);
    const hook = await resolveFunction<(context: FusesPackContext) => Promise<void>>(
      undefined,
      config.afterPack as string,
      'afterPack',
      projectFolder,
    );
    await hook(context);
    expect(wireStates(fuseFilePath)).toBe(flippedWire);
  });

  it('leaves alone a fuse of a newer Electron that @electron/fuses cannot name yet', async () => {
    const context = packContext('linux');
    const binaryPath = electronBinaryPath(context);
    writeFakeBinary(binaryPath, `${electronDefaultWire}1`);
    await afterPack(context);
    expect(wireStates(binaryPath)).toBe(`${flippedWire}1`);
  });
});
