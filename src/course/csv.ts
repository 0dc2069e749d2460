/**
 * CSV for spreadsheets set to Dutch: Excel in a Dutch locale splits on ";" (the comma is the
 * decimal sign there) and reads the file as UTF-8 only when it starts with a byte order mark.
 * Fields are quoted as RFC 4180 says: when they hold the separator, a quote or a line break
 * (quotes doubled); records end with CRLF.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return BOM + rows.map((row) => row.map((value) => csvField(String(value))).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
