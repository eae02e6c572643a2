/**
 * A one-page PDF laid out as Chromium writes one: a classic cross-reference table, an information
 * dictionary with a title, a producer and dates, and a trailer naming both.
 */
export function chromiumLikePdf(): Uint8Array {
  const objects = [
    "<</Creator (Chromium) /Producer (Skia/PDF m156) /Title <FEFF00530063006F00700065> /CreationDate (D:20261204100000+00'00') /ModDate (D:20261204100000+00'00')>>",
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ];
  let text = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const crossReference = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${crossReference}\n%%EOF`;
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}
