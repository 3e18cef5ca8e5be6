/** What the chart tests read from a PNG: its size and how much is drawn on it. */
import { PNG } from "pngjs";

export interface PngFacts {
  readonly width: number;
  readonly height: number;
  /** Pixels that are not white. */
  readonly inked: number;
  /** Distinct colours (RGB). */
  readonly colours: number;
}

/** Decodes a PNG (throws when it is not one) and counts what is drawn. */
export function pngFacts(png: Uint8Array): PngFacts {
  const image = PNG.sync.read(Buffer.from(png));
  const colours = new Set<number>();
  let inked = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 250 || g < 250 || b < 250) inked++;
  }
  return { width: image.width, height: image.height, inked, colours: colours.size };
}

/** The colour at a pixel, as `#rrggbb`. */
export function pixelAt(png: Uint8Array, x: number, y: number): string {
  const image = PNG.sync.read(Buffer.from(png));
  const i = (y * image.width + x) * 4;
  const hex = (n: number | undefined) => (n ?? 0).toString(16).padStart(2, "0");
  return `#${hex(image.data[i])}${hex(image.data[i + 1])}${hex(image.data[i + 2])}`;
}
