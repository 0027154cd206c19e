/**
 * A one-page PDF written by hand (PDF 1.4, Helvetica, no compression) with `lines` of text near the
 * top of the page, large enough for OCR to read in Chromium's viewer. Lines are ASCII without
 * parentheses or backslashes (PDF string syntax).
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  for (const line of lines) {
    if (!/^[\x20-\x7e]*$/.test(line) || /[()\\]/.test(line)) throw new Error(`minimalPdf takes plain ASCII lines without ( ) \\: ${JSON.stringify(line)}`);
  }
  const content = `BT /F1 28 Tf 60 700 Td 40 TL ${lines.map((line) => `(${line}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
