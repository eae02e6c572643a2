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
