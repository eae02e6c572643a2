import { Unzip, UnzipPassThrough, ZipPassThrough } from 'fflate';

/*
 * The zip container of a backup with attached files, written and read in pieces.
 *
 * Writing: every member is stored as it is (images and PDFs are compressed already), and each
 * member's local header carries its CRC-32 and size. fflate's own streaming `Zip` writes sizes
 * after the data instead (a data descriptor), and its streaming `Unzip` can then only find a
 * member's end by looking for a signature, which stored binary data may contain by chance; a
 * header that states the size lets `Unzip` read exactly that many bytes. The CRC-32 is fflate's
 * (`ZipPassThrough.crc`); the headers follow PKWARE's APPNOTE, and any zip tool can open the file.
 *
 * Reading: fflate's streaming `Unzip`, fed piece by piece, with only stored members accepted and
 * each member's size required up front, so a member can be refused before it is read.
 */

/** What a zip without its 64-bit extensions can hold. */
const maximumZipBytes = 0xffff_ffff;
const maximumZipMembers = 0xffff;
/** Pieces handed to the sink: large enough to be cheap to send, small enough to hold. */
export const zipPieceBytes = 1024 * 1024;

const utf8 = new TextEncoder();

/** The CRC-32 of `bytes`, computed by fflate. */
export function crc32(bytes: Uint8Array): number {
  const member = new ZipPassThrough('');
  member.ondata = () => undefined;
  member.push(bytes, true);
  return member.crc;
}

/** MS-DOS date and time of `at` (in UTC: a zip's times carry no zone). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** Writes a zip of stored members to `sink`, piece by piece (see above). */
export class StoredZipWriter {
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private members = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly sink: (piece: Uint8Array) => Promise<void>,
    modifiedAt: Date,
  ) {
    this.stamp = dosDateTime(modifiedAt);
  }

  /** Adds one member, `name` (forward slashes for folders), holding `bytes`. */
  async add(name: string, bytes: Uint8Array): Promise<void> {
    if (this.members === maximumZipMembers) throw new Error('A backup can hold at most 65,535 files.');
    const fileName = utf8.encode(name);
    const crc = crc32(bytes);
    const localOffset = this.offset;
    if (localOffset + 30 + fileName.byteLength + bytes.byteLength > maximumZipBytes) {
      throw new Error('The backup with its attached files would be larger than 4 GB, the most one file can hold.');
    }
    const local = new Uint8Array(30 + fileName.byteLength);
    const header = new DataView(local.buffer);
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true); // version needed: 2.0
    header.setUint16(6, 0x0800, true); // names are UTF-8
    header.setUint16(8, 0, true); // stored
    header.setUint16(10, this.stamp.time, true);
    header.setUint16(12, this.stamp.date, true);
    header.setUint32(14, crc, true);
    header.setUint32(18, bytes.byteLength, true);
    header.setUint32(22, bytes.byteLength, true);
    header.setUint16(26, fileName.byteLength, true);
    header.setUint16(28, 0, true);
    local.set(fileName, 30);

    const entry = new Uint8Array(46 + fileName.byteLength);
    const record = new DataView(entry.buffer);
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true); // made by: 2.0
    record.setUint16(6, 20, true);
    record.setUint16(8, 0x0800, true);
    record.setUint16(10, 0, true);
    record.setUint16(12, this.stamp.time, true);
    record.setUint16(14, this.stamp.date, true);
    record.setUint32(16, crc, true);
    record.setUint32(20, bytes.byteLength, true);
    record.setUint32(24, bytes.byteLength, true);
    record.setUint16(28, fileName.byteLength, true);
    record.setUint32(42, localOffset, true);
    entry.set(fileName, 46);
    this.central.push(entry);
    this.members += 1;

    await this.emit(local);
    for (let start = 0; start < bytes.byteLength; start += zipPieceBytes) {
      await this.emit(bytes.subarray(start, Math.min(bytes.byteLength, start + zipPieceBytes)));
    }
  }

  /** Writes the central directory and hands the last piece to the sink. */
  async finish(): Promise<void> {
    const directoryOffset = this.offset;
    let directoryBytes = 0;
    for (const entry of this.central) {
      directoryBytes += entry.byteLength;
      await this.emit(entry);
    }
    if (directoryOffset + directoryBytes + 22 > maximumZipBytes) {
      throw new Error('The backup with its attached files would be larger than 4 GB, the most one file can hold.');
    }
    const end = new Uint8Array(22);
    const record = new DataView(end.buffer);
    record.setUint32(0, 0x06054b50, true);
    record.setUint16(8, this.members, true);
    record.setUint16(10, this.members, true);
    record.setUint32(12, directoryBytes, true);
    record.setUint32(16, directoryOffset, true);
    await this.emit(end);
    await this.flush();
  }

  private async emit(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.byteLength;
    this.pending.push(bytes);
    this.pendingBytes += bytes.byteLength;
    if (this.pendingBytes >= zipPieceBytes) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const piece = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const part of this.pending) {
      piece.set(part, at);
      at += part.byteLength;
    }
    this.pending = [];
    this.pendingBytes = 0;
    await this.sink(piece);
  }
}

/** A member as it starts: its name and size, before any of its bytes are read. */
export interface ZipMemberStart {
  name: string;
  byteSize: number;
}

/**
 * What a reader does with each member: `accept` says, before a byte is read, whether the member
 * belongs (a reason when it does not: the archive is refused); `onData` gets its bytes in pieces.
 */
export interface ZipMemberHandler {
  accept(member: ZipMemberStart): string | null;
  onData(name: string, piece: Uint8Array, final: boolean): void;
}

/** Thrown when an archive is refused: its message says why, for the user. */
export class RefusedArchive extends Error {}

/**
 * Reads a zip pushed piece by piece with fflate's `Unzip`. Refuses members that are compressed,
 * that do not state their size up front, or that `handler` does not accept.
 */
export class StoredZipReader {
  private readonly unzip = new Unzip();
  private refusal: string | null = null;
  private sawMember = false;

  constructor(private readonly handler: ZipMemberHandler) {
    this.unzip.register(UnzipPassThrough);
    this.unzip.onfile = (file) => {
      if (this.refusal !== null) return;
      this.sawMember = true;
      if (file.compression !== 0 || file.size === undefined || file.originalSize !== file.size) {
        this.refusal = `“${file.name}” is stored in a way Scope Journal never writes: the backup was changed by another program.`;
        return;
      }
      const refusal = handler.accept({ name: file.name, byteSize: file.size });
      if (refusal !== null) {
        this.refusal = refusal;
        return;
      }
      file.ondata = (error, data, final) => {
        if (error) {
          this.refusal ??= `“${file.name}” could not be read: ${error.message}.`;
          return;
        }
        if (this.refusal === null) handler.onData(file.name, data, final);
      };
      file.start();
    };
  }

  /** Pushes the next piece; `final` with the last. Throws `RefusedArchive` once the archive is refused. */
  push(piece: Uint8Array, final: boolean): void {
    try {
      this.unzip.push(piece, final);
    } catch (error) {
      this.refusal ??= `The archive is cut short or damaged (${error instanceof Error ? error.message : String(error)}).`;
    }
    if (this.refusal !== null) throw new RefusedArchive(this.refusal);
    if (final && !this.sawMember) throw new RefusedArchive('The archive holds no files.');
  }
}

/** True when `bytes` starts as a zip's first member does. */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
