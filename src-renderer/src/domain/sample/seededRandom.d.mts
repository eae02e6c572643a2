/** Types of seededRandom.mjs, for the TypeScript that imports it. */

/** A small seeded generator (mulberry32) returning floats in [0, 1). */
export declare function createRandom(seed: number): () => number;

/** A whole number from `low` to `high`, both included, drawn with `random`. */
export declare function randomInteger(random: () => number, low: number, high: number): number;
