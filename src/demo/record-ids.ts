/**
 * HubSpot record ids for demo rows: numeric, 5 to 11 digits, with the mix of lengths a portal
 * that has grown for years has (old records short, new ones long), and never the same id twice
 * for one object type, so a file lists each record's error once unless a row reuses a record on
 * purpose.
 */
import type { SyncObject } from "../rules/types.js";
import { type Random, weightedPicker } from "./random.js";

// Shares of id lengths 5, 6, 7, … 11 digits. HubSpot's newer portals hand out 9–11-digit ids;
// records created years ago keep their short ones.
const LENGTH_SHARES: Readonly<Record<SyncObject, readonly number[]>> = {
  contact: [4, 8, 14, 22, 12, 10, 30],
  company: [0, 0, 10, 15, 15, 45, 15],
  deal: [0, 0, 10, 30, 20, 25, 15],
  activity: [0, 0, 0, 10, 20, 30, 40],
};
const SHORTEST = 5;
const GOLDEN_RATIO = 0.618_033_988_749_895;

/** Hands out HubSpot ids, unique per object type until a length's id space runs out. */
export type RecordIdSource = (object: SyncObject) => string;

/**
 * Each id length is a Weyl sequence x → (x + step) mod size with the step coprime to the size:
 * it visits every id of that length once before repeating, needs no memory of ids handed out,
 * and with a step near size/φ consecutive ids land far apart, as unrelated records' ids do.
 */
export function createRecordIdSource(random: Random): RecordIdSource {
  const sequences = new Map<SyncObject, () => string>();
  for (const [object, shares] of Object.entries(LENGTH_SHARES) as [SyncObject, number[]][]) {
    const pickLength = weightedPicker(
      shares.map((share, i) => [weyl(SHORTEST + i, random), share]),
    );
    sequences.set(object, () => pickLength(random)());
  }
  return (object) => (sequences.get(object) as () => string)();
}

function weyl(digits: number, random: Random): () => string {
  const low = 10 ** (digits - 1);
  const size = 9 * low;
  // size = 3² · 2^(d-1) · 5^(d-1), so a step that 2, 3 and 5 do not divide is coprime to it.
  let step = Math.round(size * GOLDEN_RATIO);
  while (step % 2 === 0 || step % 3 === 0 || step % 5 === 0) step++;
  let x = Math.floor(random() * size);
  return () => {
    x = (x + step) % size;
    return decimal(low + x);
  };
}

// V8 turns numbers above 2³¹ into text several times slower than small integers, and most ids
// are 10–11 digits: print the part above the last five digits and the padded five separately.
function decimal(n: number): string {
  if (n < 2 ** 31) return String(n);
  const low = n % 100_000;
  return `${(n - low) / 100_000}${String(low).padStart(5, "0")}`;
}
