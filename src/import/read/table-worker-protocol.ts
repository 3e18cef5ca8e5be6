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
  | { readonly type: "rows"; readonly rows: Array<[number, string[]]>; readonly bytesRead: number }
  | { readonly type: "end"; readonly bytesRead: number }
  | {
      readonly type: "error";
      readonly message: string;
      readonly refused: boolean;
      readonly row?: number;
    };
