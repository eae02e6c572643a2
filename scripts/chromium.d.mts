/** Types of scripts/chromium.mjs, for playwright.config.ts and the tests. */

/** The Chromium executable: CHROMIUM_PATH, else Debian's package. */
export declare const chromiumExecutablePath: string;

/** The flags every headless Chromium launch of the tests and the benchmark passes. */
export declare const chromiumArgs: readonly string[];
