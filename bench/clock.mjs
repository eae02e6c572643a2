// @ts-check
/** The runner's progress log on stderr, timed from the start, and a pause. */

const startedAt = Date.now();

/**
 * Notes progress on stderr, so stdout carries only the report.
 * @param {string} message
 */
export const log = (message) => console.error(`[bench ${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${message}`);

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
