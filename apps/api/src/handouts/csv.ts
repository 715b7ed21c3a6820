/** A CSV cell: text, a number, or empty. */
export type Cell = string | number | null;

/**
 * One CSV cell as RFC 4180 wants it. Text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR at the start; pair names are typed by anyone) gets a
 * leading apostrophe so it shows as text. Numbers are written as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** CRLF rows, with a byte-order mark so spreadsheets read the file as UTF-8 (ñ, é, ü). */
export function csvDocument(rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + rows.map(csvRow).join('\r\n') + '\r\n';
}
