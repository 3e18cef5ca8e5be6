import type { CategoryId } from "../rules/types.js";

/**
 * One fixed colour per category, the same on every chart and every day: the Okabe–Ito palette,
 * whose colours stay apart for the common colour-vision deficiencies (its black is kept for the
 * open line, and "unknown" gets a neutral grey rather than a colour of its own).
 */
export const CATEGORY_COLOURS: Readonly<Record<CategoryId, string>> = {
  associations: "#0072B2",
  "custom-code": "#CC79A7",
  duplicates: "#E69F00",
  permissions: "#D55E00",
  picklists: "#56B4E9",
  "property-mappings": "#009E73",
  "property-values": "#F0E442",
  unknown: "#A0A0A0",
};

/** The resolved errors' bars (below zero on the trend): a dark grey apart from every category. */
export const RESOLVED_COLOUR = "#505050";

/** The open errors' line on the trend. */
export const OPEN_COLOUR = "#000000";

/** The breakdown's "N other types" bar: lighter than "unknown" so the two are told apart. */
export const OTHER_COLOUR = "#D0D0D0";
