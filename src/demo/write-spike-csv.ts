import { once } from "node:events";
import { rules as catalogRules } from "../rules/index.js";
import type { DemoRowsOptions } from "./demo-rows.js";
import { createIsoFormatter } from "./iso-utc.js";
import { writeDemoCsv } from "./write-demo-csv.js";

/** The type local mode's planted spike is of: routed to #sf-admins by the demo routing file. */
export const DEMO_SPIKE_RULE = "restricted-picklist-value";
/** How many errors the spike plants: above ALERT_MIN_RECORDS' default (20). */
export const DEMO_SPIKE_ROWS = 48;

/** What to plant on top of a demo export. */
export interface SpikeOptions {
  /** The demo export the file repeats, row for row (the same options as the first import's). */
  readonly base: DemoRowsOptions;
  /** The rule id of the planted errors. */
  readonly ruleId: string;
  /** How many, each on its own record. */
  readonly rows: number;
  /**
   * When the planted errors happened: spread over the 50 minutes before this. Left out, their
   * date cell is empty, and the bot counts them from when it imports the file: local mode's spike
   * is in the last hour whenever the person imports it.
   */
  readonly at?: Date;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A second demo export (local mode's planted spike): the first one again, row for row, so nothing
 * it listed resolves and nothing it had opens again, plus `rows` new errors of one type in the
 * last hour (or undated: see `at`) on new contacts, one of the type's real messages each.
 * Imported after the first, it opens exactly those: a spike in that type's last hour. Does not
 * end `out`.
 */
export async function writeSpikeCsv(
  out: NodeJS.WritableStream,
  options: SpikeOptions,
): Promise<void> {
  const rule = catalogRules.find((r) => r.id === options.ruleId);
  if (!rule) throw new Error(`no rule ${options.ruleId}`);
  await writeDemoCsv(out, options.base);
  const iso = createIsoFormatter();
  const at = options.at?.getTime();
  const messages = rule.examples.matches;
  let text = "";
  for (let i = 0; i < options.rows; i++) {
    // Newest first, on ids no demo record uses (12 digits).
    const date = at === undefined ? "" : iso(at - Math.floor((i * 50 * 60_000) / options.rows));
    const message = messages[i % messages.length] ?? rule.name;
    text += `Contact,${900_000_000_000 + i},,${quoted(`Spike Contact ${i + 1}`)},${quoted(rule.name)},${quoted(message)},${date}\r\n`;
  }
  if (!out.write(text)) await once(out, "drain");
}
