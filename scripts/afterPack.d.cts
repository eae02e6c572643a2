/** Types of scripts/afterPack.cjs, for the tests that call it. */

/** The parts of electron-builder's AfterPackContext the hook reads. */
export interface FusesPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** @electron/fuses' `flipFuses`, or a stand-in. */
export type FlipFuses = (binaryPath: string, config: Record<string | number, unknown>) => Promise<unknown>;

/** Where @electron/fuses finds the packaged Electron binary. */
export declare function electronBinaryPath(context: FusesPackContext): string;

/** The afterPack hook around `flip`. */
export declare function createAfterPack(flip: FlipFuses): (context: FusesPackContext) => Promise<void>;

/** The hook electron-builder calls: flips the fuses with @electron/fuses. */
export declare const afterPack: (context: FusesPackContext) => Promise<void>;
