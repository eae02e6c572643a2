import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
// electron-builder's own loader and file matcher (from app-builder-lib, which electron-builder
// depends on): the test sees the configuration exactly as `npm run package` would.
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger, type Filter } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/*
 * `npm run package` cannot run here (electron-builder downloads Electron), so this checks its
 * configuration instead: the targets per OS, the icons at the sizes each target needs, and that
 * the packaged files are the built output and nothing else.
 */

const projectFolder = resolve(import.meta.dirname, '../..');
const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const windowsIconSizes = [16, 24, 32, 48, 64, 128, 256];
const macIconSizes = [16, 32, 64, 128, 256, 512, 1024];

/** Pixel size of each ICNS element type that holds an image (masks such as s8mk excluded). */
const icnsTypeSizes: Record<string, number> = {
  is32: 16,
  icp4: 16,
  il32: 32,
  icp5: 32,
  ic11: 32,
  icp6: 64,
  ic12: 64,
  ic07: 128,
  ic08: 256,
  ic13: 256,
  ic09: 512,
  ic14: 512,
  ic10: 1024,
};

let config: Configuration;
let packageFilter: Filter;

beforeAll(async () => {
  config = await getConfig(projectFolder, null, null);
  // Throws on any option electron-builder does not know, or a value of the wrong type.
  await validateConfiguration(config, new DebugLogger(false));
  const matchers = getFileMatchers(config, 'files', '/app', {
    macroExpander: (pattern) => pattern,
    customBuildOptions: {},
    globalOutDir: join(projectFolder, 'dist'),
    defaultSrc: projectFolder,
  });
  // One file set, copied from the project folder: no second source of files to review.
  const [matcher, ...otherMatchers] = matchers ?? [];
  if (matcher === undefined || otherMatchers.length > 0) {
    throw new Error('electron-builder.yml should name exactly one `files` set');
  }
  expect(matcher.from).toBe(projectFolder);
  packageFilter = matcher.createFilter();
});

function readProjectFile(path: string): Buffer {
  return readFileSync(join(projectFolder, path));
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(pngSignature), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Square sizes listed in an ICO file's directory (a width byte of 0 means 256). */
function icoSizes(ico: Buffer): number[] {
  expect(ico.readUInt16LE(0), 'ICO reserved field').toBe(0);
  expect(ico.readUInt16LE(2), 'ICO type 1 (icon)').toBe(1);
  const count = ico.readUInt16LE(4);
  const sizes: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + index * 16;
    const width = ico[entry] || 256;
    const height = ico[entry + 1] || 256;
    expect(height).toBe(width);
    const imageEnd = ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8);
    expect(imageEnd, 'image inside the file').toBeLessThanOrEqual(ico.length);
    sizes.push(width);
  }
  return sizes;
}

/** Image sizes held by an ICNS file; PNG elements must match the size their type stands for. */
function icnsSizes(icns: Buffer): number[] {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4), 'ICNS length').toBe(icns.length);
  const sizes: number[] = [];
  for (let offset = 8; offset < icns.length;) {
    const type = icns.toString('latin1', offset, offset + 4);
    const length = icns.readUInt32BE(offset + 4);
    expect(length, `${type} element length`).toBeGreaterThan(8);
    const size = icnsTypeSizes[type];
    const data = icns.subarray(offset + 8, offset + length);
    if (size !== undefined) {
      if (data.subarray(0, 8).equals(pngSignature)) {
        expect(pngSize(data), `${type} element`).toEqual({ width: size, height: size });
      }
      sizes.push(size);
    }
    offset += length;
  }
  return sizes;
}

const packagedMetadataSchema = z.object({ main: z.string(), homepage: z.string().optional() });

/** The package.json the packaged app gets: the project's, with the config's extraMetadata over it. */
function packagedMetadata(): z.infer<typeof packagedMetadataSchema> {
  const packageJson: unknown = JSON.parse(readProjectFile('package.json').toString('utf8'));
  const extraMetadata: unknown = config.extraMetadata ?? {};
  return packagedMetadataSchema.parse(Object.assign({}, packageJson, extraMetadata));
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((left, right) => left - right);
}

/** Whether electron-builder's `files` patterns put a project file into the package. */
function isPackaged(path: string): boolean {
  // The filter walks folders first: a file is packaged only if every folder above it is entered.
  const folderStat = statSync(projectFolder);
  const fileStat = statSync(join(projectFolder, 'package.json'));
  const parts = path.split('/');
  for (let depth = 1; depth < parts.length; depth += 1) {
    if (!packageFilter(join(projectFolder, ...parts.slice(0, depth)), folderStat)) {
      return false;
    }
  }
  return packageFilter(join(projectFolder, path), fileStat);
}

describe('electron-builder configuration', () => {
  it('packages as production dependencies exactly the packages the built main process requires', () => {
    // electron-builder copies `dependencies` into the package; the renderer's libraries are
    // bundled into out/renderer, so they belong in devDependencies and are not packaged twice.
    const manifest = JSON.parse(readProjectFile('package.json').toString('utf8')) as { dependencies?: Record<string, string> };
    const required = new Set<string>();
    for (const bundle of ['out/main/index.js', 'out/preload/index.js']) {
      for (const match of readProjectFile(bundle)
        .toString('utf8')
        .matchAll(/require\("([^"]+)"\)/g)) {
        const name = match[1] ?? '';
        if (name.startsWith('.') || name.startsWith('node:') || name === 'electron') continue;
        required.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name));
      }
    }
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([...required].sort());
  });

  it('names the app and keeps publishing and auto-update off', () => {
    expect(config.appId).toBe('io.scopejournal.app');
    expect(config.productName).toBe('Scope Journal');
    expect(config.publish).toBeNull();
    expect(config.directories?.output).toBe('dist');
    expect(readProjectFile('.gitignore').toString('utf8').split('\n')).toContain('dist/');
  });

  it('builds AppImage and deb for Linux, dmg for macOS and NSIS for Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
    // Ad-hoc signed only: no hardened runtime and no notarisation without a Developer ID.
    expect(config.mac?.identity).toBe('-');
    expect(config.mac?.hardenedRuntime).toBe(false);
    expect(config.mac?.notarize).toBe(false);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
  });

  it('gives deb the homepage it requires', () => {
    expect(packagedMetadata().homepage).toMatch(/^https:\/\//);
  });

  it('starts the packaged app from the built main bundle', () => {
    expect(posix.normalize(packagedMetadata().main)).toBe('out/main/index.js');
    expect(isPackaged('out/main/index.js')).toBe(true);
  });

  it('packages the built main, preload and renderer and package.json', () => {
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'out/renderer/assets/index-abc123.css',
      // The tray icon, which the main process loads from beside out/ (src-main/app/tray.ts).
      'resources/tray/tray.png',
      'resources/tray/tray@2x.png',
      'resources/tray/trayTemplate.png',
      'resources/tray/trayTemplate@2x.png',
    ]) {
      expect(isPackaged(path), path).toBe(true);
    }
  });

  it('leaves sources, tests, tools and icon sources out of the package', () => {
    for (const path of [
      'src-main/index.ts',
      'src-main/preload/index.ts',
      'src-renderer/index.html',
      'src-renderer/src/main.tsx',
      'tests/main/packaging.test.ts',
      'tests/e2e/journal.spec.ts',
      'bench/run.mjs',
      'scripts/generate-icons.mjs',
      'scripts/afterPack.cjs',
      'scripts/electronFuses.cjs',
      'resources/icon.svg',
      'resources/tray/trayTemplate.svg',
      'resources/icons/16x16.png',
      'electron-builder.yml',
      'electron.vite.config.ts',
      'vitest.config.mts',
      'tsconfig.json',
      'README.md',
      'out/main/index.js.map',
    ]) {
      expect(isPackaged(path), path).toBe(false);
    }
  });
});

describe('icons', () => {
  it('names icon files that exist', () => {
    const iconPaths = [config.linux?.icon, config.mac?.icon, config.win?.icon];
    expect(iconPaths).toEqual(['resources/icons', 'resources/icon.icns', 'resources/icon.ico']);
    for (const path of iconPaths) {
      expect(() => statSync(join(projectFolder, path ?? '')), path ?? '').not.toThrow();
    }
  });

  it('has the Linux PNG set, each at exactly its pixel size', () => {
    const expectedNames = linuxIconSizes.map((size) => `${size}x${size}.png`);
    expect(readdirSync(join(projectFolder, 'resources/icons')).sort()).toEqual([...expectedNames].sort());
    for (const size of linuxIconSizes) {
      expect(pngSize(readProjectFile(`resources/icons/${size}x${size}.png`)), `${size}px`).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('has a Windows .ico holding 16 to 256 px', () => {
    const sizes = uniqueSorted(icoSizes(readProjectFile('resources/icon.ico')));
    expect(sizes).toEqual(expect.arrayContaining(windowsIconSizes));
    expect(Math.max(...sizes)).toBe(256);
  });

  it('has a macOS .icns holding 16 to 1024 px', () => {
    const sizes = uniqueSorted(icnsSizes(readProjectFile('resources/icon.icns')));
    expect(sizes).toEqual(expect.arrayContaining(macIconSizes));
    expect(Math.max(...sizes)).toBe(1024);
  });

  it('matches the SVG source (run `npm run icons` after editing resources/icon.svg)', () => {
    const svg = readProjectFile('resources/icon.svg');
    for (const size of [16, 256]) {
      const rendered = new Resvg(svg, {
        fitTo: { mode: 'width', value: size },
        font: { loadSystemFonts: false },
      })
        .render()
        .asPng();
      expect(rendered.equals(readProjectFile(`resources/icons/${size}x${size}.png`)), `${size}px`).toBe(true);
    }
  });

  it('has the tray icon at 16 and 32 px (@2x), each rendered from its SVG source', () => {
    const sources = { tray: 'resources/icon.svg', trayTemplate: 'resources/tray/trayTemplate.svg' };
    for (const [name, source] of Object.entries(sources)) {
      for (const [suffix, size] of [
        ['', 16],
        ['@2x', 32],
      ] as const) {
        const path = `resources/tray/${name}${suffix}.png`;
        const rendered = new Resvg(readProjectFile(source), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
          .render()
          .asPng();
        expect(pngSize(readProjectFile(path)), path).toEqual({ width: size, height: size });
        expect(rendered.equals(readProjectFile(path)), `${path} is stale: run \`npm run icons\``).toBe(true);
      }
    }
  });
});
