/**
 * Plain-text views of Markdown and of impact metrics, for packets and exports that show an entry
 * in a line or a paragraph rather than render its Markdown.
 */
import type { ImpactMetric } from './types';

const excerptLength = 280;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "p95 latency −40%", "legacy code removed +4,200 lines". */
export function formatMetric(metric: ImpactMetric): string {
  const sign = metric.value > 0 ? '+' : metric.value < 0 ? '\u2212' : '';
  const unit = metric.unit === '' || metric.unit === '%' ? metric.unit : ` ${metric.unit}`;
  return `${metric.name} ${sign}${numberFormat.format(Math.abs(metric.value))}${unit}`.trim();
}

/** One line of Markdown without its inline markup: links, images, HTML, emphasis and code marks. */
function inlinePlain(line: string): string {
  return (
    line
      // Each part stops at the next opening bracket too, so a run of unclosed `[`, `(` or `<` costs
      // linear time rather than quadratic (issue 18: a 200 KB body of brackets froze the packet).
      .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/<[^<>]+>/g, '')
      .replace(/(\*\*|__|~~|`)/g, '')
      .replace(/(^|[^\p{L}\p{N}])[*_](?=\S)([^*_]*\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const blockMarker = /^\s{0,3}(?:>\s?)*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/;

/**
 * Markdown as one line of plain text. Paragraphs, list items and headings stay separate sentences
 * (a full stop is added between them where one is missing), so "- a\n- b" reads "a. b." rather than "a b".
 */
export function plainText(markdown: string): string {
  const sentences: { text: string; ending: string }[] = [];
  let paragraph: string[] = [];
  const flush = (ending: string): void => {
    const text = paragraph.join(' ');
    paragraph = [];
    if (text !== '') sentences.push({ text, ending });
  };
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush('.');
      continue;
    }
    const marker = blockMarker.exec(raw)?.[1] ?? '';
    const line = inlinePlain(raw.replace(blockMarker, ''));
    if (marker !== '' || line === '') flush('.');
    if (line === '') continue;
    paragraph.push(line);
    if (marker.startsWith('#')) flush(':');
  }
  flush('');
  // The last sentence keeps its own ending: a one-line body reads exactly as written.
  return sentences
    .map(({ text, ending }, index) => (index === sentences.length - 1 || /[.!?:;…"”')\]]$/.test(text) ? text : `${text}${ending}`))
    .join(' ');
}

/** Markdown as plain text of at most 280 characters, cut at a word boundary and ending in "…". */
export function excerptOf(markdown: string): string {
  const text = plainText(markdown);
  if (text.length <= excerptLength) return text;
  const cut = text.slice(0, excerptLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > excerptLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
