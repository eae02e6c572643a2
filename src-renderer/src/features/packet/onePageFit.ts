import type { Packet } from '../../domain/types';

type PageSize = Packet['options']['pageSize'];

/**
 * The printable box of each paper size, in millimetres, with the widest of the margins that could
 * apply (the stylesheet's `@page` and the PDF exporter's), so that what fits here fits the page.
 */
const printableMillimetres: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210 - 30, height: 297 - 34 },
  Letter: { width: 215.9 - 30, height: 279.4 - 34 },
};

const cssPixelsPerMillimetre = 96 / 25.4;

/**
 * The width a one-page summary is laid out at: the paper's printable width, fixed, so that it
 * wraps the same in a print window's screen layout (Electron's) and in print media (the tests'),
 * and the height measured before printing is the height printed.
 */
export function onePageWidth(pageSize: PageSize): string {
  return `${printableMillimetres[pageSize].width}mm`;
}

/**
 * The zoom that makes a one-page summary `heightPx` tall (CSS pixels, laid out at
 * `onePageWidth`) fit one page: 1 when it already fits, else a little less than the ratio, as
 * rounding in the PDF's layout must not push the last line onto a second page.
 */
export function onePageZoom(heightPx: number, pageSize: PageSize): number {
  const available = printableMillimetres[pageSize].height * cssPixelsPerMillimetre;
  if (!(heightPx > available)) return 1;
  return Math.floor((available / heightPx) * 0.98 * 1000) / 1000;
}
