/** A file name from a packet's title and a date: `promotion-packet-2026-11-21.pdf`. */
export function packetFileName(title: string, date: string, extension: 'pdf' | 'md' | 'html' | 'docx'): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'promotion-packet'}-${date}.${extension}`;
}

/** Every style rule of the page, as text: what makes an exported HTML file look like the print view. */
export function pageStyles(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A sheet the page may not read: there are none of our own, so nothing is lost.
    }
  }
  return rules.join('\n');
}

/** `blob` as a `data:` URL, which a saved HTML file can hold. */
function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('An image could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The HTML of `rendered` (the preview) for a file that stands alone: each image the packet shows
 * (marked with its file's hash) carries its bytes as a `data:` URL in place of the page's own
 * `blob:` URL, which means nothing outside the app. An image whose file `readFile` cannot find is
 * left out.
 */
export async function htmlWithEmbeddedImages(
  rendered: HTMLElement,
  readFile: (hash: string) => Promise<Blob | undefined>,
): Promise<string> {
  const copy = rendered.cloneNode(true) as HTMLElement;
  for (const image of Array.from(copy.querySelectorAll<HTMLImageElement>('img[data-attachment-hash]'))) {
    const blob = await readFile(image.dataset.attachmentHash ?? '');
    if (blob) {
      image.src = await dataUrlOf(blob);
      image.removeAttribute('data-attachment-hash');
    } else image.remove();
  }
  for (const pending of Array.from(copy.querySelectorAll('[data-print-pending]'))) pending.remove();
  return copy.innerHTML;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One self-contained HTML file: the rendered packet (its chart is inline SVG), the styles inline,
 * and a policy that lets the file run no script and load nothing from anywhere.
 */
export function standaloneHtml(title: string, bodyHtml: string, styles: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${styles.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body>
<main class="print-view">
${bodyHtml}
</main>
</body>
</html>
`;
}
