// A small, real PDF written by hand for browser tests: one A4 page per given line, each with the
// line in Helvetica and a solid dark block (so a rendered page has plenty of dark pixels). The
// cross-reference table holds the true byte offsets, so pdf.js opens it without repairing it.

function escapePdfText(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`);
}

/** The bytes of a PDF with one page per line of ASCII text; `padding` bytes of comment make it bigger. */
export function minimalPdf(lines: string[], padding = 0): Buffer {
  const pageIds = lines.map((_, index) => 4 + index * 2);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${lines.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (const [index, line] of lines.entries()) {
    const content = `0.1 0.15 0.3 rg 72 300 451 260 re f BT /F1 36 Tf 72 700 Td (${escapePdfText(line)}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index] + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  }
  let body = `%PDF-1.4\n${padding > 0 ? `%${'0'.repeat(padding)}\n` : ''}`;
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
