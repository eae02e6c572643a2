import type { BackupPorts } from './backupService';

/** The part of Electron's `safeStorage` the backups use. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend(): string;
}

/**
 * The secret ports of the backups, on Electron's `safeStorage`. On Linux without a secret store
 * (KWallet, GNOME's libsecret), safeStorage still "encrypts", but with a password written into
 * Electron itself (`basic_text`): that protects nothing, so the passphrase is then not stored.
 */
export function secretStoragePorts(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): Pick<BackupPorts, 'protectSecret' | 'revealSecret' | 'isSecretStorageAvailable'> {
  return {
    protectSecret: (text) => safeStorage.encryptString(text),
    revealSecret: (bytes) => safeStorage.decryptString(Buffer.from(bytes)),
    isSecretStorageAvailable: () => {
      if (!safeStorage.isEncryptionAvailable()) {
        return false;
      }
      if (platform !== 'linux') {
        return true;
      }
      const backend = safeStorage.getSelectedStorageBackend();
      return backend !== 'basic_text' && backend !== 'unknown';
    },
  };
}
