import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { encryptedBackupSignature, maximumPassphraseLength, minimumPassphraseLength } from '../../shared/values';

/*
 * Optional encryption of backups with a passphrase: AES-256-GCM, with the key derived by scrypt
 * from the passphrase and a random salt. Every file gets its own salt and IV.
 *
 * Layout (53 header bytes, then the ciphertext):
 *
 *   offset  size  field
 *        0     5  magic "SJBK1" (format "Scope Journal backup", version 1)
 *        5     1  key derivation: 1 = scrypt
 *        6     1  log2 of scrypt's cost N
 *        7     1  scrypt's block size r
 *        8     1  scrypt's parallelism p
 *        9    16  salt
 *       25    12  IV
 *       37    16  GCM authentication tag
 *       53     …  ciphertext (as long as the plaintext)
 *
 * Bytes 0–36 are authenticated as GCM's additional data, so no header field can be changed
 * without the file being refused. A file too large to hold twice (a backup with its attached
 * files) is encrypted and decrypted in a stream (`createBackupEncryptor`, `createBackupDecryptor`)
 * into the same layout: its tag is written into the header last.
 */

/** scrypt's cost parameters, as stored in each file. */
export interface ScryptParameters {
  /** log2 of the cost N (N = 2^logCost). */
  logCost: number;
  blockSize: number;
  parallelism: number;
}

/** Options of `encryptBackup`; tests pass cheap scrypt parameters, production keeps the default. */
export interface BackupEncryptionOptions {
  scrypt?: ScryptParameters;
}

/**
 * N = 2^17, r = 8, p = 1: 128 MiB of memory and a few hundred milliseconds per derivation (the
 * OWASP recommendation for scrypt), so each guess at a stolen file's passphrase is costly.
 */
export const defaultScryptParameters: ScryptParameters = { logCost: 17, blockSize: 8, parallelism: 1 };

const magic = Buffer.from(`${encryptedBackupSignature}1`, 'ascii');
/** The first four magic bytes are shared by every version of the format; the fifth is its version. */
const formatFamily = magic.subarray(0, 4);
const currentVersion = 0x31; // '1'
const highestVersionDigit = 0x39; // '9'
const scryptIdentifier = 1;
const saltBytes = 16;
const ivBytes = 12;
const tagBytes = 16;
const keyBytes = 32;
const tagOffset = magic.length + 4 + saltBytes + ivBytes;
const headerBytes = tagOffset + tagBytes;

/** What a file may ask of scrypt: enough for any sane setting, too little to exhaust memory. */
const maximumScryptMemoryBytes = 512 * 1024 * 1024;

const wrongPassphraseMessage = 'The passphrase is wrong, or the backup file has been altered; nothing was restored.';
const damagedHeaderMessage =
  'This file is not a readable encrypted Scope Journal backup (its header is missing or damaged); nothing was restored.';

/** True when `bytes` starts like an encrypted backup of any format version. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.byteLength >= formatFamily.length && Buffer.from(bytes.subarray(0, formatFamily.length)).equals(formatFamily);
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
  const authenticatedHeader = Buffer.concat([
    magic,
    Buffer.from([scryptIdentifier, parameters.logCost, parameters.blockSize, parameters.parallelism]),
    salt,
    iv,
  ]);
  const key = await deriveKey(passphrase, salt, parameters);
  let cipher;
  try {
    cipher = createCipheriv('aes-256-gcm', key, iv);
  } finally {
    key.fill(0);
  }
  cipher.setAAD(authenticatedHeader);
  return {
    header: Buffer.concat([authenticatedHeader, Buffer.alloc(tagBytes)]),
    update: (plaintext) => cipher.update(plaintext),
    final: () => ({ ciphertext: cipher.final(), tag: cipher.getAuthTag() }),
  };
}

/** Encrypts a backup's bytes with `passphrase` into the file layout above. */
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
  const bytes = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (!isEncryptedBackup(bytes)) {
    throw new Error(damagedHeaderMessage);
  }
  const version = bytes[formatFamily.length];
  // A later digit is a later format: say so rather than calling the file damaged.
  if (version !== undefined && version > currentVersion && version <= highestVersionDigit) {
    throw new Error(
      'This encrypted backup was made by a newer version of Scope Journal; update the app to restore it. Nothing was restored.',
    );
  }
  if (bytes.byteLength < headerBytes || version !== currentVersion || bytes[magic.length] !== scryptIdentifier) {
    throw new Error(damagedHeaderMessage);
  }
  const parameters: ScryptParameters = {
    logCost: bytes[magic.length + 1] ?? 0,
    blockSize: bytes[magic.length + 2] ?? 0,
    parallelism: bytes[magic.length + 3] ?? 0,
  };
  // The parameters are read before they can be authenticated: bound them so a hostile file
  // cannot make the key derivation take all memory or run for hours.
  assertSupportedParameters(parameters, damagedHeaderMessage);

  const saltOffset = magic.length + 4;
  const salt = bytes.subarray(saltOffset, saltOffset + saltBytes);
  const iv = bytes.subarray(saltOffset + saltBytes, tagOffset);
  const key = await deriveKey(passphrase, salt, parameters);
  let decipher;
  try {
    decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
  } finally {
    key.fill(0);
  }
  decipher.setAAD(bytes.subarray(0, tagOffset));
  decipher.setAuthTag(Buffer.from(bytes.subarray(tagOffset, headerBytes)));
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

function assertSupportedParameters(parameters: ScryptParameters, message: string): void {
  const { logCost, blockSize, parallelism } = parameters;
  const isSupported =
    Number.isInteger(logCost) &&
    Number.isInteger(blockSize) &&
    Number.isInteger(parallelism) &&
    logCost >= 10 &&
    logCost <= 20 &&
    blockSize >= 1 &&
    blockSize <= 32 &&
    parallelism >= 1 &&
    parallelism <= 16 &&
    scryptMemoryBytes(parameters) <= maximumScryptMemoryBytes;
  if (!isSupported) {
    throw new Error(message);
  }
}

/** The memory scrypt needs for `parameters` (128 · N · r bytes). */
function scryptMemoryBytes(parameters: ScryptParameters): number {
  return 128 * 2 ** parameters.logCost * parameters.blockSize;
}

/**
 * Derives the AES key with the asynchronous scrypt, which runs on libuv's thread pool and leaves
 * the main process responsive. The passphrase is normalised (NFC) so that the same characters
 * typed on another system give the same key.
 */
function deriveKey(passphrase: string, salt: Uint8Array, parameters: ScryptParameters): Promise<Buffer> {
  const options = {
    N: 2 ** parameters.logCost,
    r: parameters.blockSize,
    p: parameters.parallelism,
    // Node refuses scrypt beyond 32 MiB unless told otherwise; leave room over the exact need.
    maxmem: scryptMemoryBytes(parameters) + 16 * 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, keyBytes, options, (error, key) => {
      if (error === null) {
        resolve(key);
      } else {
        reject(error);
      }
    });
  });
}
