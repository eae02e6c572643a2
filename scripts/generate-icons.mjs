/**
 * Renders resources/icon.svg into every icon the installers need (`npm run icons`):
 *
 * - resources/icons/<size>x<size>.png: the Linux set (AppImage and deb take the folder);
 * - resources/icon.ico: Windows, 16 to 256 px;
 * - resources/icon.icns: macOS, 16 to 1024 px;
 * - resources/tray/: the tray icon, at 16 px and (`@2x`) 32 px: the app icon for Windows and
 *   Linux (`tray.png`), and resources/tray/trayTemplate.svg rendered for the macOS menu bar
 *   (`trayTemplate.png`).
 *
 * The outputs are checked in, so packaging never needs this script. Rendering is deterministic
 * (no fonts, no timestamps in the files), so re-running it on an unchanged SVG changes no byte.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

/** Pixel sizes of the Linux PNG set; 1024 also feeds the .icns file. */
const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const resourcesFolder = join(dirname(fileURLToPath(import.meta.url)), '../resources');
const svgPath = join(resourcesFolder, 'icon.svg');
const pngFolder = join(resourcesFolder, 'icons');
const trayFolder = join(resourcesFolder, 'tray');

/** Renders the SVG source to a square PNG of `size` pixels. */
function renderPng(svg, size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    // The icon has no text: skipping the system fonts keeps the output the same on every machine.
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

function write(path, contents) {
  writeFileSync(path, contents);
  console.log(`wrote ${relative(process.cwd(), path)} (${contents.length} bytes)`);
}

function generateIcons() {
  const svg = readFileSync(svgPath);
  mkdirSync(pngFolder, { recursive: true });
  const pngBySize = new Map();
  for (const size of pngSizes) {
    const png = renderPng(svg, size);
    pngBySize.set(size, png);
    write(join(pngFolder, `${size}x${size}.png`), png);
  }

  // png2icons scales one source down to each size the container holds. The ICO is made for an
  // executable's resources: bitmaps below 64 px (what older Windows shells read), PNG above.
  const ico = png2icons.createICO(pngBySize.get(256), png2icons.BICUBIC, 0, false, true);
  const icns = png2icons.createICNS(pngBySize.get(1024), png2icons.BICUBIC, 0);
  if (!ico || !icns) {
    throw new Error('png2icons could not convert the rendered PNG');
  }
  write(join(resourcesFolder, 'icon.ico'), ico);
  write(join(resourcesFolder, 'icon.icns'), icns);

  const traySvg = readFileSync(join(trayFolder, 'trayTemplate.svg'));
  for (const [suffix, size] of [
    ['', 16],
    ['@2x', 32],
  ]) {
    write(join(trayFolder, `tray${suffix}.png`), renderPng(svg, size));
    write(join(trayFolder, `trayTemplate${suffix}.png`), renderPng(traySvg, size));
  }
}

generateIcons();
