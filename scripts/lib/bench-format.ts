/** Small numeric and text helpers for `npm run bench`: medians, units, aligned tables. */

export const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Bytes as KB with one decimal (1 KB = 1000 bytes, the stricter reading of a budget). */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** A count with thousands separators and no decimals: 12 345. */
export const count = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';

export const ratio = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '–');

/** An aligned plain-text table: text columns left, columns of numbers right. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = headers.map((_, column) =>
    rows.every((row) => /^[\d\s.,–%x/<>=≤≥+-]*$/.test(row[column] ?? '')),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** The same table as Markdown, for the README. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const numeric = headers.map((_, column) =>
    rows.every((row) => /^[\d\s.,–%x/<>=≤≥+-]*$/.test(row[column] ?? '')),
  );
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${headers.map(escape).join(' | ')} |`,
    `| ${numeric.map((isNumber) => (isNumber ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
