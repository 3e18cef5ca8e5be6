/**
 * A number as plain decimal text, never in exponent form: `12345678901`, `0.0000015`, `1e21` as
 * `1000000000000000000000`. Fractions keep 15 significant digits, as Excel shows them, so a
 * stored `0.30000000000000004` reads `0.3`; whole numbers (ids) keep every digit JavaScript
 * prints for them, which is as many as the file can hold.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  // String(-0) is already "0". Whole numbers print with an exponent only from 1e21 on.
  const text = String(Number.isInteger(value) ? value : Number(value.toPrecision(15)));
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  // Where the decimal point falls in `digits` once the exponent is applied.
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
