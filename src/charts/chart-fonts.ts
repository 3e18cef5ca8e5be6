import { createRequire } from "node:module";
import * as fontkit from "fontkit";

/**
 * The fonts every chart is drawn with, bundled (dejavu-fonts-ttf) so text renders the same on
 * every machine: never the system's. DejaVu Sans covers Danish (æ, ø, å) and the arrows and dashes
 * the labels use. Resolved through the package, so it works from src (vitest) and from dist.
 */
const require = createRequire(import.meta.url);

/** The family name the charts ask for (the TTFs' own name). */
export const CHART_FONT_FAMILY = "DejaVu Sans";

const REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

/** The regular and bold faces' files. */
export const CHART_FONT_FILES: readonly string[] = [REGULAR, BOLD];

/** A face's text width at a size, in pixels, from its glyphs' advances. */
type Measure = (text: string, sizePx: number) => number;

/**
 * Reads a TTF with fontkit (the font parser pdfkit is built on) and measures by glyph advances:
 * without a canvas, ECharts guesses widths from a narrower font's table, so legends ran into each
 * other and labels were cut in the wrong place once resvg drew them in DejaVu Sans. Advances
 * only, no shaping: a fraction of a pixel apart from resvg's kerning, at a tenth of the cost.
 */
function measureWith(path: string): Measure {
  const font = fontkit.openSync(path) as fontkit.Font;
  return (text, sizePx) => {
    let units = 0;
    for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
    return (units * sizePx) / font.unitsPerEm;
  };
}

let metrics: { readonly regular: Measure; readonly bold: Measure } | undefined;

/**
 * The width of `text` in a CSS font (`bold 18px DejaVu Sans`, as ECharts asks), in the face resvg
 * will draw it with: regular or bold, at the font's size (12px, ECharts' default, when it names
 * none). The fonts' tables are read once, on the first chart.
 */
export function chartTextWidth(text: string, cssFont: string | undefined): number {
  metrics ??= { regular: measureWith(REGULAR), bold: measureWith(BOLD) };
  const font = cssFont ?? "";
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const face = /\b(bold|bolder|[6-9]00)\b/.test(font) ? metrics.bold : metrics.regular;
  return face(text, size);
}
