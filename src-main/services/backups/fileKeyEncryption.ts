import { createCipheriv, randomBytes } from 'node:crypto';
import {
  assertSupportedParameters,
  authenticatedHeaderOf,
  decipherFor,
  defaultScryptParameters,
  deriveKey,
  headerBytes,
  ivBytes,
  parseHeader,
  saltBytes,
  wrongPassphraseMessage,
  type ScryptParameters,
} from './encryptedFileLayout';

/*
 * Many files under one key, in the backups' layout (encryptedFileLayout.ts). A sync folder holds
 * thousands of small files, and scrypt per file would take minutes: a device derives its key once
 * from the passphrase and its own salt, and every file still gets a fresh random IV (at 96 bits,
 * collisions stay negligible far beyond the files one journal writes). The header still names the
 * salt and parameters, so a reader derives each writer's key once, from the passphrase alone.
 */

/**
 * A key derived once from a passphrase, a salt and scrypt's parameters, to encrypt or decrypt many
 * files with. Kept in memory only.
 */
export interface FileEncryptionKey {
  readonly salt: Uint8Array;
  readonly parameters: ScryptParameters;
  readonly key: Uint8Array;
}

/** How many bytes the layout adds to a file's plaintext. */
export const encryptedFileOverheadBytes = headerBytes;

/** A new random salt, of the size the layout holds. */
export function createEncryptionSalt(): Uint8Array {
  return new Uint8Array(randomBytes(saltBytes));
}

/** True when `salt` has the size the layout holds. */
export function isEncryptionSalt(salt: Uint8Array): boolean {
  return salt.byteLength === saltBytes;
}

/**
 * Derives the key of `passphrase` for `salt` and `parameters` (see `FileEncryptionKey`). Rejects
 * a salt of the wrong size and parameters beyond what a file may ask for.
 */
export async function deriveFileEncryptionKey(
  passphrase: string,
  salt: Uint8Array,
  parameters: ScryptParameters = defaultScryptParameters,
): Promise<FileEncryptionKey> {
  if (!isEncryptionSalt(salt)) {
    throw new Error(`A salt is ${saltBytes} bytes long.`);
  }
  assertSupportedParameters(parameters, 'The encryption settings are not supported.');
  const key = await deriveKey(passphrase, salt, parameters);
  return { salt: Uint8Array.from(salt), parameters: { ...parameters }, key: new Uint8Array(key) };
}

/**
 * The salt and scrypt parameters named in the header of `file`, to find or derive its key. Throws
 * when the header is missing, damaged, from a newer format or asks too much of scrypt.
 */
export function readKeyDerivation(file: Uint8Array): { salt: Uint8Array; parameters: ScryptParameters } {
  const { salt, parameters } = parseHeader(file.subarray(0, headerBytes));
  return { salt: Uint8Array.from(salt), parameters };
}

/** A text naming a salt and parameters, to find the key derived for them. */
export function keyDerivationId(derivation: { salt: Uint8Array; parameters: ScryptParameters }): string {
  const { logCost, blockSize, parallelism } = derivation.parameters;
  return `${Buffer.from(derivation.salt).toString('hex')}:${logCost}:${blockSize}:${parallelism}`;
}

/** Encrypts `plaintext` under `key` into the layout, with a fresh random IV. */
export function encryptWithKey(plaintext: Uint8Array, key: FileEncryptionKey): Uint8Array {
  const iv = randomBytes(ivBytes);
  const authenticatedHeader = authenticatedHeaderOf(key.parameters, key.salt, iv);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(authenticatedHeader);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([authenticatedHeader, cipher.getAuthTag(), ciphertext]);
}

/**
 * Decrypts a file in the layout with the key of its salt and parameters. Throws, returning nothing
 * decrypted, when the header is not one, names another salt or other parameters than `key`'s, or
 * when the tag does not match: a wrong passphrase, or a file damaged or cut short (GCM cannot tell
 * these apart).
 */
export function decryptWithKey(file: Uint8Array, key: FileEncryptionKey): Uint8Array {
  const header = parseHeader(file.subarray(0, headerBytes));
  if (keyDerivationId(header) !== keyDerivationId(key)) {
    throw new Error('This file was encrypted with another key.');
  }
  const decipher = decipherFor(key.key, header);
  const plaintext = decipher.update(file.subarray(headerBytes));
  try {
    return Buffer.concat([plaintext, decipher.final()]);
  } catch (error) {
    // Nothing decrypted may leave this function unless the tag matched.
    plaintext.fill(0);
    throw new Error(wrongPassphraseMessage, { cause: error });
  }
}
