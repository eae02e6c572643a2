import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultWindowSize, fitWindowToDisplays, loadWindowState, nextZoomLevel, saveWindowState } from '../../src-main/window/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

let folder: string;
let stateFile: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-window-'));
  stateFile = join(folder, 'window-state.json');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('fitWindowToDisplays', () => {
  it('keeps a window that fits where it is', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1280, height: 840 }, isMaximized: false, zoomLevel: 0 };
    expect(fitWindowToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('centres a window whose display has gone, shrunk to the primary display', () => {
    const state = { bounds: { x: 1600, y: 100, width: 2000, height: 1200 }, isMaximized: true, zoomLevel: 1 };
    expect(fitWindowToDisplays(state, [laptop])).toEqual({
      bounds: { width: 1440, height: 870 },
      isMaximized: true,
      zoomLevel: 1,
    });
  });

  it('moves a window hanging off an edge fully onto its display', () => {
    const state = { bounds: { x: 1000, y: -50, width: 1000, height: 600 }, isMaximized: false, zoomLevel: 0 };
    expect(fitWindowToDisplays(state, [laptop])).toEqual({
      bounds: { x: 440, y: 0, width: 1000, height: 600 },
      isMaximized: false,
      zoomLevel: 0,
    });
  });

  it('leaves a state alone when no display is known', () => {
    const state = { bounds: { width: 1280, height: 840 }, isMaximized: false, zoomLevel: 0 };
    expect(fitWindowToDisplays(state, [])).toEqual(state);
  });
});

describe('loadWindowState and saveWindowState', () => {
  it('starts at the default size, centred, on first launch', async () => {
    await expect(loadWindowState(stateFile, [monitorOnTheRight])).resolves.toEqual({
      bounds: { ...defaultWindowSize },
      isMaximized: false,
      zoomLevel: 0,
    });
  });

  it('shrinks the default size to a small screen', async () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    await expect(loadWindowState(stateFile, [small])).resolves.toEqual({
      bounds: { width: 1024, height: 700 },
      isMaximized: false,
      zoomLevel: 0,
    });
  });

  it('restores what was saved', async () => {
    await saveWindowState(stateFile, { x: 1700.4, y: 60, width: 1100, height: 800 }, true, 1.5);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      version: 1,
      x: 1700,
      y: 60,
      width: 1100,
      height: 800,
      isMaximized: true,
      zoomLevel: 1.5,
    });
    await expect(loadWindowState(stateFile, [laptop, monitorOnTheRight])).resolves.toEqual({
      bounds: { x: 1700, y: 60, width: 1100, height: 800 },
      isMaximized: true,
      zoomLevel: 1.5,
    });
  });

  it('reads a file from before zoom was remembered as actual size', async () => {
    writeFileSync(stateFile, '{"version":1,"x":10,"y":20,"width":800,"height":600,"isMaximized":false}');
    await expect(loadWindowState(stateFile, [laptop])).resolves.toEqual({
      bounds: { x: 10, y: 20, width: 800, height: 600 },
      isMaximized: false,
      zoomLevel: 0,
    });
  });

  it.each([
    ['too far in', 9, 3],
    ['too far out', -7.5, -3],
    ['not a number', '"huge"', 0],
    ['not finite', '1e999', 0],
  ])('clamps a zoom level %s, keeping the window position', async (_case, zoom, expected) => {
    writeFileSync(stateFile, `{"version":1,"x":10,"y":20,"width":800,"height":600,"isMaximized":false,"zoomLevel":${zoom}}`);
    await expect(loadWindowState(stateFile, [laptop])).resolves.toMatchObject({
      bounds: { x: 10, y: 20 },
      zoomLevel: expected,
    });
  });

  it('saves a zoom level clamped to the allowed range', async () => {
    await saveWindowState(stateFile, laptop, false, 12);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ zoomLevel: 3 });
  });

  it('creates the folder it saves into', async () => {
    const nested = join(folder, 'new-profile', 'window-state.json');
    await saveWindowState(nested, laptop, false);
    expect(JSON.parse(readFileSync(nested, 'utf8'))).toMatchObject({ width: 1440 });
  });

  it.each([
    ['not JSON', '{"x": 1'],
    ['the wrong shape', '{"version":1,"x":"left","y":0,"width":800,"height":600,"isMaximized":false}'],
    ['an unknown version', '{"version":2,"x":0,"y":0,"width":800,"height":600,"isMaximized":false}'],
    ['a tiny window', '{"version":1,"x":0,"y":0,"width":1,"height":1,"isMaximized":false}'],
    ['a huge file', `{"padding":"${'x'.repeat(10_000)}"}`],
  ])('falls back to the default for %s', async (_case, contents) => {
    writeFileSync(stateFile, contents);
    await expect(loadWindowState(stateFile, [monitorOnTheRight])).resolves.toEqual({
      bounds: { ...defaultWindowSize },
      isMaximized: false,
      zoomLevel: 0,
    });
  });
});

describe('nextZoomLevel', () => {
  it('steps by half a level, stops at the ends, and resets to actual size', () => {
    expect(nextZoomLevel(0, 'in')).toBe(0.5);
    expect(nextZoomLevel(0.5, 'out')).toBe(0);
    expect(nextZoomLevel(3, 'in')).toBe(3);
    expect(nextZoomLevel(-3, 'out')).toBe(-3);
    expect(nextZoomLevel(2.5, 'reset')).toBe(0);
    expect(nextZoomLevel(Number.NaN, 'in')).toBe(0.5);
  });
});
