/** Types of scripts/electronFuses.cjs, for the tests that read it. */

/** The fuses of @electron/fuses' V1 wire, by name, and the state Scope Journal ships with. */
export declare const electronFuses: Readonly<Record<string, boolean>>;

/** The configuration `flipFuses` takes: the table by wire index, and the macOS re-signing. */
export declare function fuseConfig(options: { resetAdHocDarwinSignature: boolean }): Record<string | number, unknown>;
