// @ts-check
/** The report's rows, details and method for the PDF export (pdf.mjs). */
import { pdfPacketSizes, pdfRuns, pdfTargetRatio } from './config.mjs';
import { fmt, median } from './stats.mjs';

/**
 * @typedef {object} PdfOutcome
 * @property {number} journalSize
 * @property {import('./pdf.mjs').PdfResult | null} result
 * @property {string | null} error  why nothing could be measured
 */

/**
 * The report's rows for the journal size the PDF export was measured at (columns of report.mjs's
 * table), and the targets missed.
 * @param {PdfOutcome} pdf
 */
export function pdfRows(pdf) {
  const n = pdf.journalSize.toLocaleString('en-US');
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  for (const entries of pdfPacketSizes) {
    const p = pdf.result?.packets.find((x) => x.entries === entries);
    const metric = `PDF export, packet of ${entries} entries`;
    if (!p || !p.export.length || !p.baseline.length) {
      failures.push(`${metric} at ${n}: no samples (${pdf.error ?? p?.errors.join('; ') ?? 'not measured'})`);
      rows.push([metric, n, '—', '—', '—', `≤ ${pdfTargetRatio}× baseline`, '**ERROR**']);
      continue;
    }
    const med = median(p.export);
    const base = median(p.baseline);
    const ratio = med / base;
    const pass = ratio <= pdfTargetRatio;
    if (!pass)
      failures.push(
        `${metric} at ${n}: median ${fmt(med)} ms = ${ratio.toFixed(2)}× the static HTML print (${fmt(base)} ms) > ${pdfTargetRatio}×`,
      );
    rows.push([
      `${metric} (print window ready)`,
      n,
      fmt(med),
      `${fmt(Math.min(...p.export))}–${fmt(Math.max(...p.export))} (range)`,
      `${fmt(base)} (static HTML: setContent + pdf)`,
      `≤ ${pdfTargetRatio}× baseline = ${fmt(base * pdfTargetRatio)}`,
      `${pass ? 'PASS' : '**FAIL**'} (${ratio.toFixed(2)}×)`,
    ]);
    if (p.coldExport.length) {
      const cold = median(p.coldExport);
      rows.push([
        `${metric} (first export: window opened for it)`,
        n,
        fmt(cold),
        `${fmt(Math.min(...p.coldExport))}–${fmt(Math.max(...p.coldExport))} (range)`,
        `${fmt(base)} (static HTML: setContent + pdf)`,
        '—',
        `— (${(cold / base).toFixed(2)}×)`,
      ]);
    }
  }
  return { rows, failures };
}

/**
 * The report's details: what each packet showed, and the parts of each export and of its baseline.
 * @param {PdfOutcome} pdf
 * @returns {string[]}
 */
export function pdfDetails(pdf) {
  /** @type {string[]} */
  const details = [];
  const n = pdf.journalSize.toLocaleString('en-US');
  details.push(`### PDF export (journal of ${n} entries)`);
  details.push('');
  if (pdf.error) details.push(`- not measured: ${pdf.error}`);
  const pr = pdf.result;
  if (pr) {
    details.push(
      `- ${pr.pageSize} paper, viewport ${pr.viewport.width}×${pr.viewport.height}, print media; \`page.pdf\` options from \`playwrightPdfOptions('${pr.pageSize}')\`: margins ${JSON.stringify(pr.options.margin)}, header and footer (page numbers) on, backgrounds on. Pages counted with ${pr.pageCounter || '—'}.`,
    );
    for (const p of pr.packets) {
      /** @param {number[]} v */
      const med = (v) => fmt(median(v));
      details.push(
        `- Packet of ${p.entries} entries (the newest of the ${p.inPeriod} entries in ${p.period}; 4 narratives, summary, appendix on, no redaction)${p.shown ? `: the print view showed ${p.shown.entryCount} entries, ${p.shown.evidenceItems} evidence items (by competency, highlights, appendix), ${p.shown.chartBars} chart bars` : ''}`,
      );
      if (p.exportRuns.length) {
        details.push(
          `  - export, window ready: median ${med(p.export)} ms = route changed → print-ready ${med(p.exportRuns.map((x) => x.readyMs))} (of which the route change ${med(p.exportRuns.map((x) => x.showMs))}) + \`page.pdf\` ${med(p.exportRuns.map((x) => x.pdfMs))} (medians of the parts); runs ${p.export.map(fmt).join(', ')}`,
        );
      }
      if (p.coldExportRuns.length) {
        details.push(
          `  - first export, window opened for it: median ${med(p.coldExport)} ms = open + load → print-ready ${med(p.coldExportRuns.map((x) => x.readyMs))} (of which open + load ${med(p.coldExportRuns.map((x) => x.showMs))}) + \`page.pdf\` ${med(p.coldExportRuns.map((x) => x.pdfMs))}; runs ${p.coldExport.map(fmt).join(', ')}`,
        );
      }
      if (p.baselineRuns.length) {
        details.push(
          `  - static HTML: median ${med(p.baseline)} ms = setContent ${med(p.baselineRuns.map((x) => x.setContentMs))} + \`page.pdf\` ${med(p.baselineRuns.map((x) => x.pdfMs))}; runs ${p.baseline.map(fmt).join(', ')}`,
        );
      }
      if (p.exportPdf && p.baselinePdf) {
        details.push(
          `  - PDF: export ${p.exportPdf.bytes.toLocaleString('en-US')} bytes, ${p.exportPdf.pages ?? '?'} pages; static HTML ${p.baselinePdf.bytes.toLocaleString('en-US')} bytes, ${p.baselinePdf.pages ?? '?'} pages`,
        );
      }
      const d = p.diagnosis;
      if (d?.log && d.nav) {
        const main = (/** @type {any} */ x) => x.op === 'getAll' || x.store === 'packets';
        const reads = d.log.idb
          .filter(main)
          .map(
            (/** @type {any} */ x) =>
              `${x.op} ${x.store} ${x.end < 0 ? `from ${fmt(x.start)} (unfinished)` : `${fmt(x.start)}→${fmt(x.end)} (${x.count} records)`}`,
          )
          .join('; ');
        const others = d.log.idb.length - d.log.idb.filter(main).length;
        const longTasks = d.log.longTasks.filter((/** @type {any} */ t) => d.log.ready < 0 || t.start < d.log.ready);
        const busy = longTasks.reduce((/** @type {number} */ sum, /** @type {any} */ t) => sum + t.duration, 0);
        details.push(
          `  - one more export, instrumented (not recorded), ms since navigation start: response end ${fmt(d.nav.responseEnd)}, DOMContentLoaded ${fmt(d.nav.domContentLoaded)}; the app's reads: ${reads || 'none'}${others ? ` (+ ${others} other get/count requests)` : ''}; print-ready ${fmt(d.log.ready)}; ${longTasks.length} long tasks before it, ${fmt(busy)} ms in all (${longTasks.map((/** @type {any} */ t) => `${fmt(t.start)}+${fmt(t.duration)}`).join(', ') || 'none'})`,
        );
      }
      if (p.shown)
        details.push(
          `  - static document: ${p.shown.htmlChars.toLocaleString('en-US')} characters, of which ${p.shown.cssChars.toLocaleString('en-US')} of inlined CSS; ${p.shown.scripts} scripts`,
        );
      for (const e of p.errors) details.push(`  - problem: ${e}`);
    }
  }
  details.push('');
  return details;
}

/**
 * How the PDF export was measured, for the report's method section.
 * @param {PdfOutcome} pdf
 */
export function pdfMethod(pdf) {
  return `- PDF export (at ${pdf.journalSize.toLocaleString('en-US')} entries only): for packets of ${pdfPacketSizes.join(' and ')} entries — saved into the \`packets\` store, the newest entries of the year up to the journal's last day, with narratives for four competencies, a summary and the appendix — the app's own exporter (\`createPdfRenderer\` from src-main/services/pdfExport/, bundled by bench/aggregation.mjs) drives pages of the same context (A4 viewport 794×1123, \`emulateMedia({ media: 'print' })\`) as its print windows, and prints with \`page.pdf()\` and the app's options (\`playwrightPdfOptions\`) instead of Electron's \`printToPDF\`. Timed: \`render()\` until it returns the PDF — the export minus the save dialog and the file write. "Print window ready" is how the app exports: the window was prepared (the app loaded at \`#/print/idle\`, untimed) when the Packet screen opened and is kept between exports, so an export changes the route, waits for \`<html data-print-ready="true">\` and prints. "First export" is a new exporter with no window ready: it opens a page and loads the app at the print route. ${pdfRuns} recorded runs after one warm-up, median, alternating with the baseline. Baseline: that print view once drawn, saved as a standalone document (its rendered \`<html>\` without scripts, links and style elements, every CSS rule of the page inlined in one \`<style>\`), then in a fresh page \`page.setContent(html)\` + \`page.pdf()\` with the same options. Target: median export (window ready) ≤ ${pdfTargetRatio}× the median baseline.`;
}
