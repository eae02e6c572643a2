import { createCipheriv, randomBytes } from 'node:crypto';
import { maximumPassphraseLength, minimumPassphraseLength } from '../../shared/values';
import {
  assertSupportedParameters,
  authenticatedHeaderOf,
  decipherFor,
  defaultScryptParameters,
  deriveKey,
  headerBytes,
  isEncryptedFile,
  ivBytes,
  parseHeader,
  saltBytes,
  tagOffset,
  wrongPassphraseMessage,
  type ScryptParameters,
} from './encryptedFileLayout';

/*
 * Optional encryption of backups with a passphrase: AES-256-GCM, with the key derived by scrypt
 * from the passphrase and a random salt. Every file gets its own salt and IV. The file layout is
 * in encryptedFileLayout.ts (53 header bytes naming the key derivation, salt, IV and tag, then the
 * ciphertext). A file too large to hold twice (a backup with its attached files) is encrypted and
 * decrypted in a stream (`createBackupEncryptor`, `createBackupDecryptor`) into the same layout:
 * its tag is written into the header last.
 */

export { defaultScryptParameters, type ScryptParameters };

/** Options of `encryptBackup`; tests pass cheap scrypt parameters, production keeps the default. */
export interface BackupEncryptionOptions {
  scrypt?: ScryptParameters;
}

/** True when `bytes` starts like an encrypted backup of any format version. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return isEncryptedFile(bytes);
}

/**
 * Throws an Error fit for the user when `passphrase` cannot protect new backups (too short or
 * too long).
 */
export function validateBackupPassphrase(passphrase: string): void {
  const length = [...passphrase].length;
  if (length < minimumPassphraseLength) {
    throw new Error(`The backup passphrase must be at least ${minimumPassphraseLength} characters long.`);
  }
  if (length > maximumPassphraseLength) {
    throw new Error(`The backup passphrase can be at most ${maximumPassphraseLength} characters long.`);
  }
}

/** Size of the header before the ciphertext; the tag sits at `encryptedBackupTagOffset` within it. */
export const encryptedBackupHeaderBytes = headerBytes;
/** Where the GCM tag is in the header: a file written in a stream gets its tag there last. */
export const encryptedBackupTagOffset = tagOffset;

/**
 * Encryption in a stream, for a file too large to hold twice: `header` comes first (with a tag of
 * zeros), then the ciphertext `update` gives for each piece of plaintext, then what `final` gives;
 * `final`'s `tag` is then written over the zeros at `encryptedBackupTagOffset`.
 */
export interface BackupEncryptor {
  header: Uint8Array;
  update(plaintext: Uint8Array): Uint8Array;
  final(): { ciphertext: Uint8Array; tag: Uint8Array };
}

/** Starts encrypting a backup with `passphrase` (see `BackupEncryptor`). */
export async function createBackupEncryptor(passphrase: string, options: BackupEncryptionOptions = {}): Promise<BackupEncryptor> {
  validateBackupPassphrase(passphrase);
  const parameters = options.scrypt ?? defaultScryptParameters;
  assertSupportedParameters(parameters, 'The encryption settings are not supported.');

  const salt = randomBytes(saltBytes);
  const iv = randomBytes(ivBytes);
  const authenticatedHeader = authenticatedHeaderOf(parameters, salt, iv);
  const key = await deriveKey(passphrase, salt, parameters);
  let cipher;
  try {
    cipher = createCipheriv('aes-256-gcm', key, iv);
  } finally {
    key.fill(0);
  }
  cipher.setAAD(authenticatedHeader);
  return {
    header: Buffer.concat([authenticatedHeader, Buffer.alloc(headerBytes - tagOffset)]),
    update: (plaintext) => cipher.update(plaintext),
    final: () => ({ ciphertext: cipher.final(), tag: cipher.getAuthTag() }),
  };
}

/** Encrypts a backup's bytes with `passphrase` into the file layout (encryptedFileLayout.ts). */
export async function encryptBackup(plaintext: Uint8Array, passphrase: string, options: BackupEncryptionOptions = {}): Promise<Uint8Array> {
  const encryptor = await createBackupEncryptor(passphrase, options);
  const body = encryptor.update(plaintext);
  const { ciphertext, tag } = encryptor.final();
  const file = Buffer.concat([encryptor.header, body, ciphertext]);
  file.set(tag, tagOffset);
  return file;
}

/**
 * Decryption in a stream: `update` gives the plaintext of each piece of ciphertext (everything
 * after the header), and `final` checks the tag, throwing the wrong-passphrase message when it
 * does not match. GCM can only tell at the end, so nothing `update` gave may be trusted, stored or
 * shown until `final` has returned.
 */
export interface BackupDecryptor {
  update(ciphertext: Uint8Array): Uint8Array;
  final(): Uint8Array;
}

/**
 * Starts decrypting a file whose first `encryptedBackupHeaderBytes` are `header`. Rejects with a
 * message fit for the user when the header is not such a file's, comes from a newer format, or
 * asks for key derivation beyond what is supported.
 */
export async function createBackupDecryptor(header: Uint8Array, passphrase: string): Promise<BackupDecryptor> {
  if (passphrase === '') {
    throw new Error('Enter the passphrase the backup was encrypted with.');
  }
  const parsed = parseHeader(header);
  const key = await deriveKey(passphrase, parsed.salt, parsed.parameters);
  let decipher;
  try {
    decipher = decipherFor(key, parsed);
  } finally {
    key.fill(0);
  }
  return {
    update: (ciphertext) => decipher.update(ciphertext),
    final: () => {
      try {
        return decipher.final();
      } catch (error) {
        throw new Error(wrongPassphraseMessage, { cause: error });
      }
    },
  };
}

/**
 * Decrypts a file made by `encryptBackup`. Rejects with a message fit for the user when the file
 * is not such a file, comes from a newer format, or when the passphrase is wrong or any byte has
 * been changed (GCM cannot tell those two apart).
 */
export async function decryptBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const decryptor = await createBackupDecryptor(file.subarray(0, headerBytes), passphrase);
  const plaintext = decryptor.update(file.subarray(headerBytes));
  try {
    return Buffer.concat([plaintext, decryptor.final()]);
  } catch (error) {
    // Nothing decrypted may leave this function unless the tag matched.
    plaintext.fill(0);
    throw error;
  }
}
