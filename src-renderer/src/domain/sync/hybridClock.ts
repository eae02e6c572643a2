/**
 * A hybrid logical clock (Kulkarni et al., 2014): a wall-clock time in milliseconds, a counter for
 * events within one millisecond, and the device that stamped it. A stamp is a string that sorts
 * like the event order it records, so comparing two stamps is comparing two strings:
 *
 *   `000001796212345678-0000-<device id>`
 *
 * Every stamp a device makes is later than every stamp it has seen, whatever its own wall clock
 * says: a computer whose clock runs days behind still orders its edits after the ones it has
 * synced (`receive`). Ties between devices, in the same millisecond and counter, are broken by the
 * device id, so every device orders every pair of stamps the same way.
 */
export type ClockStamp = string;

const wallDigits = 18;
const counterDigits = 4;
const maximumCounter = 10 ** counterDigits - 1;
const stampPattern = /^(\d{18})-(\d{4})-([\w-]{1,64})$/;

/** The parts of a stamp. */
export interface StampParts {
  wall: number;
  counter: number;
  deviceId: string;
}

/** The parts of `stamp`, or null when it is not a stamp. */
export function parseStamp(stamp: string): StampParts | null {
  const match = stampPattern.exec(stamp);
  if (match === null) return null;
  return { wall: Number(match[1]), counter: Number(match[2]), deviceId: match[3] ?? '' };
}

/** True when `value` is a well-formed stamp. */
export function isStamp(value: string): boolean {
  return stampPattern.test(value);
}

/** The device that made `stamp`. */
export function stampDevice(stamp: ClockStamp): string {
  return parseStamp(stamp)?.deviceId ?? '';
}

/** The wall-clock time of `stamp`, in milliseconds since the epoch. */
export function stampTime(stamp: ClockStamp): number {
  return parseStamp(stamp)?.wall ?? 0;
}

function formatStamp({ wall, counter, deviceId }: StampParts): ClockStamp {
  return `${String(wall).padStart(wallDigits, '0')}-${String(counter).padStart(counterDigits, '0')}-${deviceId}`;
}

/** The later of two stamps (either may be absent). */
export function laterStamp(a: ClockStamp | undefined, b: ClockStamp | undefined): ClockStamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** One device's clock. */
export interface HybridClock {
  /** A new stamp, later than every stamp made or received before. */
  tick(): ClockStamp;
  /** Moves the clock past a stamp seen from another device. */
  receive(stamp: ClockStamp): void;
  /** The last stamp made or received (what to save, to resume after a restart). */
  last(): ClockStamp | undefined;
}

/**
 * The clock of `deviceId`, reading the wall clock from `now` (an input, so tests pin it and skew
 * it), resuming after `last` when given.
 */
export function createHybridClock(deviceId: string, now: () => number, last?: ClockStamp): HybridClock {
  let state: StampParts = parseStamp(last ?? '') ?? { wall: 0, counter: 0, deviceId };
  let lastStamp: ClockStamp | undefined = last;
  const advance = (wall: number, counter: number) => {
    // A counter that would overflow its digits moves on to the next millisecond instead.
    state = counter > maximumCounter ? { wall: wall + 1, counter: 0, deviceId } : { wall, counter, deviceId };
  };
  return {
    tick() {
      const physical = Math.max(0, Math.floor(now()));
      if (physical > state.wall) advance(physical, 0);
      else advance(state.wall, state.counter + 1);
      lastStamp = formatStamp(state);
      return lastStamp;
    },
    receive(stamp) {
      const remote = parseStamp(stamp);
      if (remote === null) return;
      const physical = Math.max(0, Math.floor(now()));
      const wall = Math.max(physical, state.wall, remote.wall);
      let counter = 0;
      if (wall === state.wall && wall === remote.wall) counter = Math.max(state.counter, remote.counter) + 1;
      else if (wall === state.wall) counter = state.counter + 1;
      else if (wall === remote.wall) counter = remote.counter + 1;
      advance(wall, counter);
      lastStamp = formatStamp(state);
    },
    last: () => lastStamp,
  };
}
