import type { BackupPorts } from '../../src-main/services/backups/backupService';

/** Cheap scrypt settings, so that encrypting in a test takes milliseconds. */
export const fastBackupEncryption = { scrypt: { logCost: 10, blockSize: 8, parallelism: 1 } };

const sealPrefix = 'sealed:';

/** A stand-in for safeStorage: reversible, and visibly not the plain text. */
export function fakeProtectSecret(text: string): Uint8Array {
  return new TextEncoder().encode(`${sealPrefix}${[...text].reverse().join('')}`);
}

export function fakeRevealSecret(bytes: Uint8Array): string {
  const sealed = new TextDecoder().decode(bytes);
  if (!sealed.startsWith(sealPrefix)) {
    throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
  }
  return [...sealed.slice(sealPrefix.length)].reverse().join('');
}

/** The clock of a test, which the test moves on. */
export interface TestClock {
  now: () => Date;
  set(date: Date): void;
}

export function createTestClock(start: Date): TestClock {
  let current = start;
  return {
    now: () => new Date(current.getTime()),
    set: (date) => {
      current = date;
    },
  };
}

/** Backup ports over `userDataPath` with a fake key store, a test clock and fast encryption. */
export function fakeBackupPorts(
  userDataPath: string,
  options: { clock?: TestClock; isSecretStorageAvailable?: boolean; warnings?: string[] } = {},
): BackupPorts {
  const clock = options.clock ?? createTestClock(new Date(Date.UTC(2026, 2, 1, 9)));
  return {
    userDataPath,
    protectSecret: fakeProtectSecret,
    revealSecret: fakeRevealSecret,
    isSecretStorageAvailable: () => options.isSecretStorageAvailable ?? true,
    now: clock.now,
    backupEncryption: fastBackupEncryption,
    warn: (message) => options.warnings?.push(message),
  };
}
