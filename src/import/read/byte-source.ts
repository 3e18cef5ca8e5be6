import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { formatSize, formatSizes } from "./format-size.js";
import { ImportFileError } from "./import-file-error.js";

/**
 * The file to read: a path on disk, or a stream (an upload as it arrives) with the name it came
 * with. The name is for the caller's messages and logs; the format is judged from the bytes. A
 * stream is taken over: it is read to its end, or destroyed when reading stops early.
 */
export type TableSource =
  | { readonly path: string }
  | { readonly stream: NodeJS.ReadableStream; readonly name: string };

/** How many bytes are read before anything is decided: enough to judge the encoding. */
export const HEAD_BYTES = 64 * 1024;

/** A file's bytes: the first ones to look at, then the whole file as a stream, once. */
export interface ByteSource {
  /** The first {@link HEAD_BYTES} bytes or more; fewer only when the file is that short. */
  readonly head: Buffer;
  /** Whether `head` is the whole file. */
  readonly complete: boolean;
  /**
   * Every byte of the file from offset `skip` of the head on (the head included), read as the
   * caller asks for them. Throws {@link ImportFileError} once more than the limit has been read.
   * Call it once; closes the source when done.
   */
  chunks(skip?: number): AsyncGenerator<Buffer>;
  /** How many bytes have been read from the source so far. */
  bytesRead(): number;
  /** Releases the file or stream; safe to call more than once. */
  close(): void;
}

/**
 * Opens a file or takes over a stream and reads its head. A path is refused by its size before
 * any byte is read; a stream is counted as it flows, since its size is known only at its end.
 */
export async function openByteSource(source: TableSource, maxBytes: number): Promise<ByteSource> {
  let stream: NodeJS.ReadableStream;
  if ("path" in source) {
    const { size } = await stat(source.path);
    if (size > maxBytes) {
      const [file, limit] = formatSizes(size, maxBytes);
      throw new ImportFileError({ key: "files.tooLarge", values: { size: file, limit } });
    }
    // Node's default 64 KB reads: larger ones make the parser no faster, only the memory larger.
    stream = createReadStream(source.path);
  } else {
    stream = source.stream;
  }

  const iterator: AsyncIterator<string | Buffer> = stream[Symbol.asyncIterator]();
  let bytesRead = 0;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    // Ending the iterator destroys the stream, which closes a file we opened.
    void iterator.return?.().catch(() => {});
  };
  const next = async (): Promise<Buffer | undefined> => {
    const result = await iterator.next();
    if (result.done) return undefined;
    const chunk = typeof result.value === "string" ? Buffer.from(result.value) : result.value;
    bytesRead += chunk.length;
    if (bytesRead > maxBytes) {
      throw new ImportFileError({
        key: "files.overLimit",
        values: { limit: formatSize(maxBytes) },
      });
    }
    return chunk;
  };

  const parts: Buffer[] = [];
  let length = 0;
  let complete = false;
  try {
    while (length < HEAD_BYTES) {
      const chunk = await next();
      if (chunk === undefined) {
        complete = true;
        break;
      }
      parts.push(chunk);
      length += chunk.length;
    }
  } catch (error) {
    close();
    throw error;
  }
  const head = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length);

  async function* chunks(skip = 0): AsyncGenerator<Buffer> {
    try {
      if (skip < head.length) yield head.subarray(skip);
      for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk;
    } finally {
      close();
    }
  }

  return { head, complete, chunks, bytesRead: () => bytesRead, close };
}
