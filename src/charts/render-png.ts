import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { CHART_FONT_FAMILY, CHART_FONT_FILES, chartTextWidth } from "./chart-fonts.js";

/** An ECharts option, as the charts build it. */
export type ChartOption = echarts.EChartsCoreOption;

/** The width every chart is drawn at, and the height of all but a long breakdown. */
export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 500;

// ECharts measures text for its layout (legend wrapping, label room) with the bundled fonts'
// widths, the ones resvg draws with; set once for the process (every chart uses these fonts).
echarts.setPlatformAPI({ measureText: (text, font) => ({ width: chartTextWidth(text, font) }) });

/**
 * Draws an ECharts option as a PNG: ECharts' server-side SVG renderer (no browser, no canvas), then
 * resvg turns the SVG into pixels with the bundled fonts only, on white.
 */
export function renderPng(option: ChartOption, width: number, height: number): Uint8Array {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      ...option,
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [...CHART_FONT_FILES],
      defaultFontFamily: CHART_FONT_FAMILY,
    },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
