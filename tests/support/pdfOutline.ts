import { execFileSync } from 'node:child_process';

/** One bookmark of a PDF's outline, with the bookmarks nested under it. */
export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_match, name: string, decimal?: string, hex?: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (entities[name] ?? name),
  );
}

/**
 * The outline (bookmarks) of the PDF at `path`, as a tree. Read with poppler's `pdftohtml -xml`
 * (poppler-utils, which CI installs), which writes the outline as nested `<outline>` lists of
 * `<item>`s after the pages: an `<outline>` right after an item holds that item's children.
 */
export function pdfOutline(path: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], { encoding: 'utf8' });
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  let current: OutlineItem[] | null = null;
  let last: OutlineItem | null = null;
  for (const match of xml.matchAll(/<outline>|<\/outline>|<item\b[^>]*>([\s\S]*?)<\/item>/g)) {
    if (match[0] === '<outline>') {
      const list: OutlineItem[] = current === null ? roots : (last?.children ?? current);
      if (current !== null) stack.push(current);
      current = list;
      last = null;
    } else if (match[0] === '</outline>') {
      current = stack.pop() ?? null;
      last = current?.at(-1) ?? null;
    } else if (current !== null) {
      last = { title: decode((match[1] ?? '').replace(/<[^>]*>/g, '')).trim(), children: [] };
      current.push(last);
    }
  }
  return roots;
}
