import { Worker } from "node:worker_threads";
import { ImportFileError } from "./import-file-error.js";
import { IMPORT_HEAP_MB } from "./import-limits.js";
import { type ReadTableOptions, readTable, type Table, type TableRow } from "./read-table.js";
import { receivedCells, type WorkerInput, type WorkerMessage } from "./table-worker-protocol.js";

const WORKER_URL = new URL("./table-worker.js", import.meta.url);

/**
 * `readTable` on a second thread: parsing (most of the CPU of reading a CSV) runs beside the
 * importer's database writes instead of taking turns with them. The rows arrive in batches, in
 * order, with the same errors as `readTable`.
 *
 * The thread's heap is capped ({@link IMPORT_HEAP_MB}): a file that needs more than that, past
 * every bound the reader checks, ends the thread, not the bot, and is refused with
 * {@link ImportFileError}. Nothing is written by then: rows are stored by the caller, in its one
 * transaction, which it rolls back on the error.
 *
 * Only the compiled program has the worker's JavaScript; run from TypeScript source (the tests),
 * it reads on the calling thread, which gives the same table.
 */
export async function readTableInWorker(path: string, options: ReadTableOptions): Promise<Table> {
  if (import.meta.url.endsWith(".ts")) return readTable({ path }, options);

  const worker = new Worker(WORKER_URL, {
    workerData: { path, maxBytes: options.maxBytes } satisfies WorkerInput,
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB },
  });
  const queue: WorkerMessage[] = [];
  let notify: (() => void) | undefined;
  let crashed: Error | undefined;
  worker.on("message", (message: WorkerMessage) => {
    queue.push(message);
    notify?.();
  });
  worker.on("error", (error) => {
    crashed =
      (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new ImportFileError(
            { key: "files.outOfMemory", values: { mb: String(IMPORT_HEAP_MB) } },
            { cause: error },
          )
        : error;
    notify?.();
  });
  worker.on("exit", () => {
    crashed ??= new Error("table worker: stopped before the end of the file");
    notify?.();
  });

  const next = async (): Promise<WorkerMessage> => {
    for (;;) {
      const message = queue.shift();
      if (message) return message;
      if (crashed) throw crashed;
      await new Promise<void>((resolve) => (notify = resolve));
      notify = undefined;
    }
  };
  const fail = (message: Extract<WorkerMessage, { type: "error" }>): never => {
    void worker.terminate();
    if (message.refused) {
      throw new ImportFileError(
        message.userText ?? message.message,
        message.row === undefined ? {} : { row: message.row },
      );
    }
    throw new Error(message.message);
  };

  const header = await next();
  if (header.type === "error") return fail(header);
  if (header.type !== "header")
    throw new Error(`table worker: expected a header, got ${header.type}`);
  let bytes = 0;

  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for (;;) {
        const message = await next();
        if (message.type === "error") fail(message);
        if (message.type === "end") {
          bytes = message.bytesRead;
          return;
        }
        if (message.type !== "rows") continue;
        bytes = message.bytesRead;
        worker.postMessage("taken");
        for (const posted of message.rows) yield { row: posted[0], cells: receivedCells(posted) };
      }
    } finally {
      await worker.terminate();
    }
  }

  return {
    format: header.format,
    headers: header.headers,
    headerRow: header.headerRow,
    ...(header.encoding ? { encoding: header.encoding } : {}),
    ...(header.delimiter ? { delimiter: header.delimiter } : {}),
    ...(header.sheet ? { sheet: header.sheet } : {}),
    rows: rows(),
    bytesRead: () => bytes,
    close: async () => {
      await worker.terminate();
    },
  };
}
