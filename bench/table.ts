/** Prints rows as an aligned table under a title. */
export function printTable(
  title: string,
  rows: ReadonlyArray<readonly [string, string, string]>,
): void {
  const all = [["", "measured", "goal"] as const, ...rows];
  const widths = [0, 1, 2].map((col) => Math.max(...all.map((row) => row[col]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(["", "measured", "goal"]));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

/** The value at quantile q (0–1) of already sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
