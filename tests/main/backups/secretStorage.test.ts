import { describe, expect, it } from 'vitest';
import { secretStoragePorts, type SafeStorageLike } from '../../../src-main/services/backups/secretStorage';

/** A safeStorage stand-in with the given availability and Linux backend. */
function fakeSafeStorage(isEncryptionAvailable: boolean, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => isEncryptionAvailable,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(text, 'utf8').reverse(),
    decryptString: (bytes) => Buffer.from(bytes).reverse().toString('utf8'),
  };
}

describe('secretStoragePorts', () => {
  it('seals and opens through safeStorage', () => {
    const ports = secretStoragePorts(fakeSafeStorage(true), 'darwin');
    const sealed = ports.protectSecret('correct horse battery');
    expect(Buffer.from(sealed).toString('utf8')).not.toContain('correct horse');
    expect(ports.revealSecret(new Uint8Array(sealed))).toBe('correct horse battery');
  });

  it.each([
    ['macOS with its keychain', fakeSafeStorage(true), 'darwin', true],
    ['Windows', fakeSafeStorage(true), 'win32', true],
    ['Linux with a secret store', fakeSafeStorage(true, 'kwallet5'), 'linux', true],
    ['Linux without a secret store (a password built into Electron)', fakeSafeStorage(true, 'basic_text'), 'linux', false],
    ['Linux with an unknown store', fakeSafeStorage(true, 'unknown'), 'linux', false],
    ['a machine without encryption', fakeSafeStorage(false), 'darwin', false],
  ] as const)('on %s, says whether secrets can be kept safe', (_case, safeStorage, platform, isAvailable) => {
    expect(secretStoragePorts(safeStorage, platform).isSecretStorageAvailable()).toBe(isAvailable);
  });
});
