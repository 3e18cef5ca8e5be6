const BARS = "▁▂▃▄▅▆▇█";

/** A text sparkline: one bar per value, scaled to the largest; all-zero series stay flat. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values
    .map((value) =>
      max === 0
        ? BARS[0]
        : BARS[Math.min(BARS.length - 1, Math.round((value / max) * (BARS.length - 1)))],
    )
    .join("");
}
