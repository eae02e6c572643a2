import { execFileSync, spawnSync } from 'node:child_process';

/** True where poppler's `pdfinfo` is installed (Debian's poppler-utils, which CI installs). */
export const hasPdfinfo: boolean = spawnSync('pdfinfo', ['-v']).error === undefined;

/** The document properties of the PDF at `path` as poppler's `pdfinfo` reads them: Title, Author, Pages… */
export function pdfInfo(path: string): Record<string, string> {
  const lines = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }).split('\n');
  return Object.fromEntries(
    lines.flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match?.[1] && match[2] !== undefined ? [[match[1], match[2]] as const] : [];
    }),
  );
}

/** The text of the PDF at `path` as poppler's `pdftotext -layout` reads it back. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}
