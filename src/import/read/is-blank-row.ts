/** Whether a row holds nothing but empty or whitespace cells; such rows carry no data. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) {
    if (cell !== "" && cell.trim() !== "") return false;
  }
  return true;
}
