/**
 * Whether a row holds nothing but empty or whitespace cells; such rows carry no data. Only the
 * cells that exist are looked at: a sparse row from a workbook may be thousands of columns wide.
 */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of Object.values(cells)) {
    if (cell !== "" && cell.trim() !== "") return false;
  }
  return true;
}
