import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { samplePeople } from '../../src-renderer/src/domain/sample/content/sampleJournalContent';
import { pdfInfo, pdfText } from '../support/pdfInfo';
import { installMainBridge } from './support/mainBridge';
import { buildPacket, narrativeCompetencies } from './support/packetBuilder';
import { expect, test } from './support/fixtures';
import { expectSamplePeopleRedacted } from './support/redactedText';

/** The pieces of a DOCX (a zip), by path. */
function docxParts(path: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(path)));
}

function partText(parts: Record<string, Uint8Array>, path: string): string {
  const part = parts[path];
  if (!part) throw new Error(`the DOCX has no ${path}`);
  return strFromU8(part);
}

/** The text of each paragraph of `documentXml` with the paragraph style `style`, in order. */
function paragraphsStyled(documentXml: string, style: string): string[] {
  return (documentXml.match(/<w:p>.*?<\/w:p>/gs) ?? [])
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
}

/** The same XML text as the document shows it (the five entities undone). */
function xmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A PNG's width and height in pixels, from its header (IHDR). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('Export DOCX writes the packet through the main process: headings, chart, evidence lists, page numbers, title and author', async ({
  journal,
  page,
}) => {
  const docxPath = test.info().outputPath('packet.docx');
  const bridge = await installMainBridge(page, { saveDialogPath: () => docxPath });
  await journal.openWithSample();
  await buildPacket(page);
  const competencies = await narrativeCompetencies(page);
  expect(competencies.length).toBeGreaterThan(5);
  await page
    .getByLabel(/^Narrative for /)
    .first()
    .fill('Set the direction for payments resilience across four teams.');

  await page.getByRole('button', { name: 'Export DOCX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the DOCX to' })).toContainText(docxPath);
  expect(bridge.saveDialogs.at(-1)).toEqual({
    title: 'Export DOCX',
    defaultPath: 'case-for-staff-engineer-2026-11-18.docx',
    filters: [{ name: 'Word document', extensions: ['docx'] }],
  });

  const parts = docxParts(docxPath);
  const documentXml = partText(parts, 'word/document.xml');
  expect(paragraphsStyled(documentXml, 'Title')).toEqual(['Case for Staff Engineer']);
  const sections = paragraphsStyled(documentXml, 'Heading1');
  expect(sections.slice(0, 2)).toEqual(['Summary', 'Evidence by competency']);
  expect(sections).toContain('Feedback received');
  const subheadings = paragraphsStyled(documentXml, 'Heading2').map(xmlText);
  for (const competency of competencies) expect(subheadings).toContain(competency);
  expect(subheadings).toContain('Scope over time');
  expect(documentXml).toContain('Set the direction for payments resilience across four teams.');
  // Evidence is a bulleted list.
  expect((documentXml.match(/<w:numPr>/g) ?? []).length).toBeGreaterThan(20);

  // The chart: a PNG drawn in the page, embedded through a relationship, with its description.
  const media = Object.keys(parts).filter((path) => /^word\/media\/[^/]+\.png$/.test(path));
  expect(media).toHaveLength(1);
  const png = parts[media[0] ?? ''] ?? new Uint8Array();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
  expect(partText(parts, 'word/_rels/document.xml.rels')).toMatch(/Type="[^"]+\/image" Target="media\/[^"]+\.png"/);
  expect(documentXml).toMatch(
    /<wp:docPr [^>]*descr="Scope over time, entries per quarter stacked from Self to Industry, Q\d 20\d\d to Q\d 20\d\d: \d+ entries/,
  );

  const footers = Object.keys(parts).filter((path) => /^word\/footer\d*\.xml$/.test(path));
  expect(footers.map((path) => partText(parts, path)).join('')).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  const core = partText(parts, 'docProps/core.xml');
  expect(core).toContain('<dc:title>Case for Staff Engineer</dc:title>');
  expect(core).toContain('<dc:creator>Maya Okafor</dc:creator>');
  // Without redaction, the sample's people are named (so the redacted test below can fail).
  expect(samplePeople.some((name) => documentXml.includes(name))).toBe(true);
});

test('with "Redact people", no person’s name is anywhere in the DOCX', async ({ journal, page }) => {
  const docxPath = test.info().outputPath('redacted.docx');
  await installMainBridge(page, { saveDialogPath: () => docxPath });
  await journal.openWithSample();
  await buildPacket(page);
  await page.getByRole('group', { name: 'Evidence' }).getByRole('button', { name: 'Select all' }).click();
  await page.getByLabel('Redact people').check();
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the DOCX to' })).toBeVisible();

  const parts = docxParts(docxPath);
  const text = Object.entries(parts)
    .filter(([path]) => path.endsWith('.xml'))
    .map(([, bytes]) => xmlText(strFromU8(bytes)))
    .join('\n');
  expectSamplePeopleRedacted(text, 'Maya Okafor');
});

test('in a plain browser, Export DOCX downloads the document', async ({ journal, page }) => {
  await journal.openWithSample();
  await buildPacket(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('case-for-staff-engineer-2026-11-18.docx');
  const path = test.info().outputPath('downloaded.docx');
  await file.saveAs(path);
  expect(paragraphsStyled(partText(docxParts(path), 'word/document.xml'), 'Title')).toEqual(['Case for Staff Engineer']);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the DOCX to case-for-staff-engineer-2026-11-18.docx' })).toBeVisible();
});

/** Whether LibreOffice's `soffice` is on PATH (Debian: libreoffice-writer-nogui). */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

test('LibreOffice opens the DOCX and converts it to a PDF that reads back whole', async ({ journal, page }) => {
  test.skip(!hasSoffice, 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui to run this check');
  test.setTimeout(120_000);
  const folder = test.info().outputPath();
  const docxPath = `${folder}/packet.docx`;
  await installMainBridge(page, { saveDialogPath: () => docxPath });
  await journal.openWithSample();
  await buildPacket(page);
  const competencies = await narrativeCompetencies(page);
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the DOCX to' })).toBeVisible();

  // A profile of its own, so the conversion neither reads nor changes the user's LibreOffice settings.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${folder}/libreoffice-profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docxPath],
    { stdio: 'ignore', timeout: 100_000 },
  );
  const pdfPath = `${folder}/packet.pdf`;
  const text = pdfText(pdfPath);
  for (const expected of [
    'Case for Staff Engineer',
    'Maya Okafor',
    'Senior Engineer → Staff Engineer',
    'Summary',
    'Scope over time',
    'Evidence by competency',
  ]) {
    expect(text).toContain(expected);
  }
  for (const competency of competencies) expect(text).toContain(competency);
  // The footer's fields were computed: "Page 1 of N" with N the PDF's own page count.
  const pages = Number(pdfInfo(pdfPath).Pages);
  expect(pages).toBeGreaterThan(2);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // The chart came through as a picture.
  expect(execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' })).toMatch(/\b1200\s+600\b/);
});
