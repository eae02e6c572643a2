// @ts-check
/**
 * The seeded random numbers behind the sample journal and the benchmark's generated journal. Plain
 * JavaScript with JSDoc types, so the app (through Vite) and the benchmark (plain Node, which cannot
 * import TypeScript) share one generator; seededRandom.d.mts gives TypeScript its types.
 */

/**
 * A small seeded generator (mulberry32) returning floats in [0, 1): the same seed yields the same
 * numbers on every platform.
 * @param {number} seed
 * @returns {() => number}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A whole number from `low` to `high`, both included, drawn with `random`.
 * @param {() => number} random
 * @param {number} low
 * @param {number} high
 * @returns {number}
 */
export function randomInteger(random, low, high) {
  return low + Math.floor(random() * (high - low + 1));
}
