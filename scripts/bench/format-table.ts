/** A plain-text table: first row the header, numbers (every column but the first) right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    widths
      .map((width, column) => (column === 0 ? (row[column] ?? '').padEnd(width) : (row[column] ?? '').padStart(width)))
      .join('   ')
      .trimEnd();
  if (rows.length === 0) return [];
  return [line(rows[0] as readonly string[]), widths.map((width) => '─'.repeat(width)).join('   '), ...rows.slice(1).map(line)];
}
