/**
 * The worker side of {@link readTableInWorker}: reads the file with `readTable` and posts its
 * header, then its rows in batches, waiting for the main thread to take them (at most a few
 * batches in flight, so a fast reader never fills memory ahead of a slow writer).
 */
import { parentPort, workerData } from "node:worker_threads";
import { ImportFileError } from "./import-file-error.js";
import { readTable } from "./read-table.js";
import {
  type PostedRow,
  postedRow,
  type WorkerInput,
  type WorkerMessage,
} from "./table-worker-protocol.js";

const BATCH_ROWS = 2_000;
const BATCHES_IN_FLIGHT = 4;

const port = parentPort;
if (!port) throw new Error("table-worker runs only as a worker thread");
const { path, maxBytes } = workerData as WorkerInput;
const post = (message: WorkerMessage) => port.postMessage(message);

let inFlight = 0;
let wake: (() => void) | undefined;
port.on("message", () => {
  inFlight--;
  wake?.();
});

try {
  const table = await readTable({ path }, { maxBytes });
  post({
    type: "header",
    format: table.format,
    headers: table.headers,
    headerRow: table.headerRow,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
  });
  let batch: PostedRow[] = [];
  for await (const { row, cells } of table.rows) {
    batch.push(postedRow(row, cells));
    if (batch.length === BATCH_ROWS) {
      while (inFlight >= BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
      inFlight++;
      post({ type: "rows", rows: batch, bytesRead: table.bytesRead() });
      batch = [];
    }
  }
  post({ type: "rows", rows: batch, bytesRead: table.bytesRead() });
  post({ type: "end", bytesRead: table.bytesRead() });
} catch (error) {
  post({
    type: "error",
    message: error instanceof Error ? error.message : String(error),
    refused: error instanceof ImportFileError,
    ...(error instanceof ImportFileError && error.row !== undefined ? { row: error.row } : {}),
    ...(error instanceof ImportFileError && error.userText ? { userText: error.userText } : {}),
  });
}
