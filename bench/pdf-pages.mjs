// @ts-check
/** The pages of a printed PDF, so the export and its static baseline can be checked for the same length. */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Counts the pages of a PDF: `pdfinfo` when it is installed, else the `/Type /Page` objects.
 * @param {Uint8Array} bytes
 * @param {string} dir a scratch folder
 * @returns {Promise<{ pages: number | null, how: string }>}
 */
export async function countPages(bytes, dir) {
  const file = path.join(dir, 'count.pdf');
  await writeFile(file, bytes);
  try {
    const { stdout } = await execFileAsync('pdfinfo', [file]);
    const match = /^Pages:\s+(\d+)/m.exec(stdout);
    if (match) return { pages: Number(match[1]), how: 'pdfinfo' };
  } catch {
    // not installed: count the page objects
  }
  const text = Buffer.from(bytes).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  return { pages: pages || null, how: "'/Type /Page' objects" };
}
