import { createDecipheriv, scrypt } from 'node:crypto';
import { encryptedBackupSignature } from '../../shared/values';

/*
 * The one layout of every file Scope Journal encrypts with a passphrase (backups, and the files of
 * a sync folder): AES-256-GCM, with the key derived by scrypt from the passphrase and a salt.
 * backupCrypto.ts derives a key per file; fileKeyEncryption.ts derives one per salt and uses it for
 * many files. Both build their files here, so the layout is written once.
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
 * without the file being refused.
 */

/** scrypt's cost parameters, as stored in each file. */
export interface ScryptParameters {
  /** log2 of the cost N (N = 2^logCost). */
  logCost: number;
  blockSize: number;
  parallelism: number;
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
export const saltBytes = 16;
export const ivBytes = 12;
const tagBytes = 16;
const keyBytes = 32;
/** Where the GCM tag is in the header. */
export const tagOffset = magic.length + 4 + saltBytes + ivBytes;
/** Size of the header before the ciphertext. */
export const headerBytes = tagOffset + tagBytes;

/** What a file may ask of scrypt: enough for any sane setting, too little to exhaust memory. */
const maximumScryptMemoryBytes = 512 * 1024 * 1024;

export const wrongPassphraseMessage = 'The passphrase is wrong, or the backup file has been altered; nothing was restored.';
const damagedHeaderMessage =
  'This file is not a readable encrypted Scope Journal backup (its header is missing or damaged); nothing was restored.';

/** True when `bytes` starts like an encrypted file of any format version. */
export function isEncryptedFile(bytes: Uint8Array): boolean {
  return bytes.byteLength >= formatFamily.length && Buffer.from(bytes.subarray(0, formatFamily.length)).equals(formatFamily);
}

/** What an encrypted file's header holds, checked (see the layout above). */
export interface ParsedHeader {
  parameters: ScryptParameters;
  salt: Uint8Array;
  iv: Uint8Array;
  /** Bytes 0–36, authenticated as GCM's additional data. */
  authenticated: Uint8Array;
  tag: Uint8Array;
}

/** The authenticated part of a header: magic, key derivation, salt and IV. */
export function authenticatedHeaderOf(parameters: ScryptParameters, salt: Uint8Array, iv: Uint8Array): Buffer {
  return Buffer.concat([
    magic,
    Buffer.from([scryptIdentifier, parameters.logCost, parameters.blockSize, parameters.parallelism]),
    salt,
    iv,
  ]);
}

/**
 * The fields of the header `header` starts with. Throws a message fit for the user when it is not
 * such a header, comes from a newer format, or asks for key derivation beyond what is supported.
 */
export function parseHeader(header: Uint8Array): ParsedHeader {
  const bytes = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (!isEncryptedFile(bytes)) {
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
  return {
    parameters,
    salt: bytes.subarray(saltOffset, saltOffset + saltBytes),
    iv: bytes.subarray(saltOffset + saltBytes, tagOffset),
    authenticated: bytes.subarray(0, tagOffset),
    tag: Buffer.from(bytes.subarray(tagOffset, headerBytes)),
  };
}

/** A decipher for the file whose header is `header`, under `key`. */
export function decipherFor(key: Uint8Array, header: ParsedHeader) {
  const decipher = createDecipheriv('aes-256-gcm', key, header.iv, { authTagLength: tagBytes });
  decipher.setAAD(header.authenticated);
  decipher.setAuthTag(Buffer.from(header.tag));
  return decipher;
}

/** Throws `message` when `parameters` ask scrypt for less than is safe or more than is sane. */
export function assertSupportedParameters(parameters: ScryptParameters, message: string): void {
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
export function deriveKey(passphrase: string, salt: Uint8Array, parameters: ScryptParameters): Promise<Buffer> {
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
