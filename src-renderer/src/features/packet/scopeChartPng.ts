import type { ChartPicture } from '../../domain/packet/packetDocx';
import type { ScopeQuarterRow } from '../../domain/insights/insights';
import { scopeLevels } from '../../domain/scopeLevels';
import { scopeColors } from '../insights/chartColors';

/** The picture's size on the page, in CSS pixels: the printable column's width, as the print view's chart. */
const width = 600;
const height = 300;
/** Drawn at twice its size, so it stays sharp when printed or zoomed. */
const pixelRatio = 2;
const ink = '#333a45';
const gridLine = '#d8dce3';
// The system's own sans-serif: nothing is downloaded, and any font reads at this size.
const font = '11px system-ui, sans-serif';

/** A step for the count axis that gives about four lines: 1, 2 or 5 times a power of ten. */
function tickStep(maximum: number): number {
  const rough = Math.max(1, maximum / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/**
 * The packet's scope-over-time chart (entries per quarter, stacked from Self to Industry, with a
 * legend) drawn on a canvas from the same rows as the print view's chart, as a PNG for documents
 * that cannot hold the app's SVG (DOCX). Null where the page has no 2D canvas.
 */
export async function drawScopeChartPng(rows: readonly ScopeQuarterRow[]): Promise<ChartPicture | null> {
  const canvas = document.createElement('canvas');
  canvas.width = width * pixelRatio;
  canvas.height = height * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.font = font;

  const plot = { left: 40, right: width - 10, top: 34, bottom: height - 28 };
  const maximum = Math.max(1, ...rows.map((row) => row.total));
  const step = tickStep(maximum);
  const top = Math.ceil(maximum / step) * step;
  const y = (count: number): number => plot.bottom - (count / top) * (plot.bottom - plot.top);

  // The legend, one swatch per level, above the plot.
  let legendX = plot.left;
  context.textBaseline = 'middle';
  for (const level of scopeLevels) {
    context.fillStyle = scopeColors[level.id];
    context.fillRect(legendX, 10, 10, 10);
    context.fillStyle = ink;
    context.fillText(level.label, legendX + 14, 15);
    legendX += 14 + context.measureText(level.label).width + 16;
  }

  // The count axis: grid lines and their numbers.
  context.textAlign = 'right';
  for (let count = 0; count <= top; count += step) {
    context.strokeStyle = gridLine;
    context.beginPath();
    context.moveTo(plot.left, Math.round(y(count)) + 0.5);
    context.lineTo(plot.right, Math.round(y(count)) + 0.5);
    context.stroke();
    context.fillStyle = ink;
    context.fillText(String(count), plot.left - 6, y(count));
  }

  // One stacked bar per quarter, Self at the bottom.
  const slot = (plot.right - plot.left) / Math.max(1, rows.length);
  const barWidth = Math.min(48, slot * 0.7);
  context.textAlign = 'center';
  context.textBaseline = 'top';
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  rows.forEach((row, index) => {
    const x = plot.left + slot * index + (slot - barWidth) / 2;
    let below = 0;
    for (const level of scopeLevels) {
      const count = row.counts[level.id];
      if (count === 0) continue;
      context.fillStyle = scopeColors[level.id];
      context.fillRect(x, y(below + count), barWidth, y(below) - y(below + count));
      below += count;
    }
    if (index % labelEvery === 0) {
      context.fillStyle = ink;
      context.fillText(row.label, x + barWidth / 2, plot.bottom + 6);
    }
  });

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return null;
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}
