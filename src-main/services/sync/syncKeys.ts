import {
  decryptWithKey,
  deriveFileEncryptionKey,
  encryptWithKey,
  keyDerivationId,
  readKeyDerivation,
  type FileEncryptionKey,
} from '../backups/fileKeyEncryption';
import type { ScryptParameters } from '../backups/encryptedFileLayout';

/*
 * The keys of one sync passphrase, derived once per salt and kept in memory for the run: this
 * computer's own (its salt, the current scrypt parameters) to write with, and each other
 * computer's, found from the salt and parameters in the header of a file it wrote.
 */

/** Encrypts and decrypts the files of a sync folder under one passphrase. */
export interface SyncKeyRing {
  /** `plaintext` encrypted under this computer's key, with a fresh IV. */
  encrypt(plaintext: Uint8Array): Promise<Uint8Array>;
  /**
   * The plaintext of `file`, or null when it cannot be read whole: cut short or still being
   * copied, damaged, not an encrypted file, or written under another passphrase (GCM cannot tell
   * these apart). Never part of a file.
   */
  decrypt(file: Uint8Array): Promise<Uint8Array | null>;
}

/**
 * Most keys kept at once. A sync folder holds one salt per computer that ever joined; a hostile
 * folder with a salt per file cannot make the cache grow without bound.
 */
const maximumCachedKeys = 64;

/** The key ring of `passphrase`, writing with `ownSalt` and `parameters`. */
export function createSyncKeyRing(passphrase: string, ownSalt: Uint8Array, parameters: ScryptParameters): SyncKeyRing {
  const keys = new Map<string, Promise<FileEncryptionKey>>();
  // One derivation at a time: each takes 128 MiB of memory with the default parameters, and a
  // listing asks for every computer's key at once.
  let derivations: Promise<unknown> = Promise.resolve();

  function keyFor(derivation: { salt: Uint8Array; parameters: ScryptParameters }): Promise<FileEncryptionKey> {
    const id = keyDerivationId(derivation);
    const known = keys.get(id);
    if (known !== undefined) {
      return known;
    }
    const derived = derivations.then(() => deriveFileEncryptionKey(passphrase, derivation.salt, derivation.parameters));
    derivations = derived.catch(() => undefined);
    keys.set(id, derived);
    // A failed derivation is not remembered: the next file asks again.
    derived.catch(() => keys.delete(id));
    if (keys.size > maximumCachedKeys) {
      const oldest = keys.keys().next().value;
      if (oldest !== undefined) keys.delete(oldest);
    }
    return derived;
  }

  return {
    async encrypt(plaintext) {
      return encryptWithKey(plaintext, await keyFor({ salt: ownSalt, parameters }));
    },
    async decrypt(file) {
      let derivation;
      try {
        derivation = readKeyDerivation(file);
      } catch {
        return null;
      }
      try {
        return decryptWithKey(file, await keyFor(derivation));
      } catch {
        return null;
      }
    },
  };
}
