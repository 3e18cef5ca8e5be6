import type { UserText } from "../../errors.js";
import type { Delimiter } from "./detect-delimiter.js";
import type { TextEncoding } from "./detect-encoding.js";
import type { TableFormat } from "./sniff-format.js";

/** What the table worker is started with. */
export interface WorkerInput {
  readonly path: string;
  readonly maxBytes: number;
}

/** What the table worker posts, in this order: a header, row batches, then an end (or an error). */
export type WorkerMessage =
  | {
      readonly type: "header";
      readonly format: TableFormat;
      readonly headers: string[];
      readonly headerRow: number;
      readonly encoding?: TextEncoding;
      readonly delimiter?: Delimiter;
      readonly sheet?: string;
    }
  | { readonly type: "rows"; readonly rows: PostedRow[]; readonly bytesRead: number }
  | { readonly type: "end"; readonly bytesRead: number }
  | {
      readonly type: "error";
      readonly message: string;
      readonly refused: boolean;
      readonly row?: number;
      /** A refusal's catalog message, so the reader gets it in their language. */
      readonly userText?: UserText;
    };

/**
 * A row as posted: its number and cells, or, for a sparse row (a workbook's, with absent cells),
 * its number, the cells that exist and their column indexes. A sparse array is not posted as it
 * is: copying one to the other thread walks every index up to its length.
 */
export type PostedRow = [number, string[]] | [number, string[], number[]];

/** A row ready to post. */
export function postedRow(row: number, cells: string[]): PostedRow {
  const keys = Object.keys(cells);
  if (keys.length === cells.length) return [row, cells];
  const values: string[] = [];
  const indexes: number[] = [];
  for (const key of keys) {
    const index = Number(key);
    indexes.push(index);
    values.push(cells[index] as string);
  }
  return [row, values, indexes];
}

/** The cells of a posted row, sparse again where the row was. */
export function receivedCells(posted: PostedRow): string[] {
  const [, values, indexes] = posted;
  if (!indexes) return values;
  const cells: string[] = [];
  for (let i = 0; i < indexes.length; i++) cells[indexes[i] as number] = values[i] as string;
  return cells;
}
