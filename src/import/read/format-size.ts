const UNITS = [
  { name: "GB", bytes: 1024 ** 3 },
  { name: "MB", bytes: 1024 ** 2 },
  { name: "KB", bytes: 1024 },
] as const;

/**
 * A byte count as a person reads a file size: "250 MB", "1.5 KB", "900 bytes". A kilobyte is 1024
 * bytes, as Windows Explorer counts, since that is where the admin looks the file up.
 */
export function formatSize(bytes: number, decimals = 0): string {
  for (const unit of UNITS) {
    if (bytes >= unit.bytes) {
      // "1.50" reads "1.5" and "2.0" reads "2"; whole amounts keep their zeros.
      const amount = (bytes / unit.bytes).toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, "$1");
      return `${amount} ${unit.name}`;
    }
  }
  return bytes === 1 ? "1 byte" : `${bytes} bytes`;
}

/**
 * A file size and a limit, with just enough decimals to tell them apart: "200.4 MB" against
 * "200 MB", never "200 MB" against "200 MB".
 */
export function formatSizes(size: number, limit: number): [string, string] {
  for (let decimals = 0; decimals <= 2; decimals++) {
    const pair: [string, string] = [formatSize(size, decimals), formatSize(limit, decimals)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [`${size} bytes`, `${limit} bytes`];
}
