import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { readTextFileLimited, writeFileAtomic } from '../services/atomicWrite';

/** A rectangle in screen coordinates, as Electron gives bounds and display work areas. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the main window opens. Without `x`/`y` the window is centred; `isMaximized` is restored
 * after the normal bounds so un-maximizing returns to them.
 */
interface WindowState {
  bounds: { x?: number; y?: number; width: number; height: number };
  isMaximized: boolean;
  /** The page's zoom level (Chromium's: 0 is actual size, each step ±0.5), −3 to 3. */
  zoomLevel: number;
}

/** The window's size on first launch, shrunk to fit smaller screens. */
export const defaultWindowSize = { width: 1280, height: 840 } as const;

/** Smallest size the layout is designed for. */
export const minimumWindowSize = { width: 720, height: 520 } as const;

const coordinateSchema = z.number().int().min(-100_000).max(100_000);
const lengthSchema = z.number().int().min(100).max(100_000);

const storedWindowStateSchema = z.strictObject({
  version: z.literal(1),
  x: coordinateSchema,
  y: coordinateSchema,
  width: lengthSchema,
  height: lengthSchema,
  isMaximized: z.boolean(),
  // Absent in files written before zoom was remembered; a broken value costs only the zoom.
  zoomLevel: z.number().optional().catch(undefined),
});

/** The zoom levels the app allows: from about a third of actual size to about five times. */
export const zoomLevelRange = { minimum: -3, maximum: 3 } as const;

/** One zoom step, as Chromium's own zoom keys take. */
const zoomStep = 0.5;

/** `level` within `zoomLevelRange`; anything not a finite number is actual size (0). */
export function clampZoomLevel(level: number): number {
  return Number.isFinite(level) ? clamp(level, zoomLevelRange.minimum, zoomLevelRange.maximum) : 0;
}

/** The zoom level after `change` from `current`: one step in or out, or back to actual size. */
export function nextZoomLevel(current: number, change: 'in' | 'out' | 'reset'): number {
  if (change === 'reset') {
    return 0;
  }
  return clampZoomLevel(clampZoomLevel(current) + (change === 'in' ? zoomStep : -zoomStep));
}

/** The state file holds a few numbers; anything larger is not ours. */
const maximumStateFileBytes = 4096;

/**
 * Fits `state` onto the displays that exist now (their work areas, primary first): the window
 * keeps to the display it overlaps most, shrinks to fit it and moves fully onto it; a window on
 * a display that has since gone is centred on the primary one.
 */
export function fitWindowToDisplays(state: WindowState, displays: readonly Rectangle[]): WindowState {
  const primary = displays[0];
  if (primary === undefined) {
    return state;
  }
  const { x, y } = state.bounds;
  const home = x === undefined || y === undefined ? undefined : displayOverlappedMost({ ...state.bounds, x, y }, displays);
  const display = home ?? primary;
  const width = Math.min(state.bounds.width, display.width);
  const height = Math.min(state.bounds.height, display.height);
  if (home === undefined || x === undefined || y === undefined) {
    return { bounds: { width, height }, isMaximized: state.isMaximized, zoomLevel: state.zoomLevel };
  }
  return {
    bounds: {
      x: clamp(x, display.x, display.x + display.width - width),
      y: clamp(y, display.y, display.y + display.height - height),
      width,
      height,
    },
    isMaximized: state.isMaximized,
    zoomLevel: state.zoomLevel,
  };
}

/**
 * Reads the saved window state from `filePath` and fits it to `displays`. A missing, unreadable
 * or invalid file means the default state: a window position is never worth an error.
 */
export async function loadWindowState(filePath: string, displays: readonly Rectangle[]): Promise<WindowState> {
  const defaultState: WindowState = { bounds: { ...defaultWindowSize }, isMaximized: false, zoomLevel: 0 };
  let state = defaultState;
  try {
    const file = await readTextFileLimited(filePath, maximumStateFileBytes);
    const stored = storedWindowStateSchema.safeParse(JSON.parse(file.contents));
    if (stored.success) {
      const { x, y, width, height, isMaximized, zoomLevel = 0 } = stored.data;
      state = { bounds: { x, y, width, height }, isMaximized, zoomLevel: clampZoomLevel(zoomLevel) };
    }
  } catch {
    // First launch, or a damaged file: start from the default.
  }
  return fitWindowToDisplays(state, displays);
}

/**
 * Saves the window's normal (un-maximized) bounds, whether it is maximized and its zoom level,
 * atomically, so a crash while saving cannot leave a damaged file behind.
 */
export async function saveWindowState(filePath: string, bounds: Rectangle, isMaximized: boolean, zoomLevel = 0): Promise<void> {
  const stored: z.input<typeof storedWindowStateSchema> = {
    version: 1,
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    isMaximized,
    zoomLevel: clampZoomLevel(zoomLevel),
  };
  await mkdir(dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, `${JSON.stringify(stored, null, 2)}\n`);
}

function displayOverlappedMost(window: Rectangle, displays: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const display of displays) {
    const area = overlapArea(window, display);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

function overlapArea(first: Rectangle, second: Rectangle): number {
  const width = Math.min(first.x + first.width, second.x + second.width) - Math.max(first.x, second.x);
  const height = Math.min(first.y + first.height, second.y + second.height) - Math.max(first.y, second.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.max(minimum, Math.min(value, maximum));
}
