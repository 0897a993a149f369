// CSV downloads: RFC 4180 quoting, a UTF-8 byte-order mark so Excel reads Chinese correctly, and
// cells that a spreadsheet would run as a formula prefixed with a quote.
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-looking text is defused, then quoted when it holds a quote, comma or newline. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole table, header first, CRLF line ends. */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
