import { readFileSync } from "node:fs";

/**
 * Text widths from a TrueType font's own tables, for ECharts' layout. Without a canvas, ECharts
 * guesses widths from a table of a narrower font, so legends ran into each other and labels were
 * cut in the wrong place once resvg drew them in DejaVu Sans. This reads the font's character map
 * (cmap, format 4: the Basic Multilingual Plane, which has every character the charts write) and
 * each glyph's advance (hmtx), as the OpenType specification lays them out.
 */
export interface FontMetrics {
  /** The width of `text` at `sizePx`, in pixels (no kerning: ECharts and resvg place text alike). */
  width(text: string, sizePx: number): number;
}

/** The metrics of a TTF file. */
export function readFontMetrics(path: string): FontMetrics {
  const font = readFileSync(path);
  const tables = new Map<string, number>();
  const tableCount = font.readUInt16BE(4);
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString("latin1", record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`The font ${path} has no ${tag} table.`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table("head") + 18);
  const hMetrics = font.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, hMetrics - 1));
  const glyphOf = cmapFormat4(font, table("cmap"));
  const cache = new Map<number, number>();
  const advanceOf = (code: number) => {
    let units = cache.get(code);
    if (units === undefined) {
      units = advance(glyphOf(code));
      cache.set(code, units);
    }
    return units;
  };
  return {
    width(text, sizePx) {
      let units = 0;
      for (const char of text) units += advanceOf(char.codePointAt(0) ?? 0);
      return (units * sizePx) / unitsPerEm;
    },
  };
}

/** The glyph of a code point from the cmap's Windows Unicode BMP subtable (format 4). */
function cmapFormat4(font: Buffer, cmap: number): (code: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  let subtable = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) subtable = offset;
  }
  if (subtable < 0) throw new Error("The font has no Unicode BMP character map (format 4).");
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (code) => {
    if (code > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + s * 2) < code) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (start > code) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeOffsetAt = rangeOffsets + s * 2;
      const rangeOffset = font.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
