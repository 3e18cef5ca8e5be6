import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { request } from "undici";
import { BotError } from "../errors.js";
import { formatSize } from "../import/read/format-size.js";

/** A downloaded file in a private temporary folder; `cleanup` removes both. */
export interface DownloadedFile {
  readonly path: string;
  readonly bytes: number;
  cleanup(): Promise<void>;
}

/** A file could not be fetched from Slack, or was refused before it was. */
export class FileDownloadError extends BotError {
  override readonly name = "FileDownloadError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("file_download_failed", message, options);
  }
}

/** Where files may come from, and with what. */
export interface DownloadOptions {
  readonly botToken: string;
  /**
   * The only origin the bot token is sent to: Slack's file host, or the configured API host
   * (a sandbox or a proxy). A file URL anywhere else is refused, so a crafted event cannot make
   * the bot hand its token to another server.
   */
  readonly allowedOrigin: string;
  readonly maxBytes: number;
  readonly fileName: string;
}

/** Slack's file host, where `url_private_download` points in a real workspace. */
export const SLACK_FILE_ORIGIN = "https://files.slack.com";

/** Downloads a private Slack file with the bot token, streaming to disk and stopping at the limit. */
export async function downloadSlackFile(
  url: string,
  options: DownloadOptions,
): Promise<DownloadedFile> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch (error) {
    throw new FileDownloadError("Slack gave the file an address that is not a URL.", {
      cause: error,
    });
  }
  if (origin !== options.allowedOrigin) {
    throw new FileDownloadError(
      `The file is hosted at ${origin}, not at ${options.allowedOrigin}; it was not downloaded.`,
    );
  }
  const response = await request(url, {
    headers: { authorization: `Bearer ${options.botToken}` },
    headersTimeout: 30_000,
    bodyTimeout: 60_000,
  });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new FileDownloadError(
      `Slack answered ${response.statusCode} to the file download; the bot may lack files:read.`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "syncerror-file-"));
  const path = join(dir, options.fileName.replace(/[^\w.-]+/g, "_").slice(0, 100) || "export");
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > options.maxBytes) {
        done(
          new FileDownloadError(
            `The file is over the limit of ${formatSize(options.maxBytes)} (IMPORT_MAX_BYTES).`,
          ),
        );
      } else {
        done(null, chunk);
      }
    },
  });
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(response.body, limit, createWriteStream(path));
  } catch (error) {
    await cleanup();
    throw error instanceof FileDownloadError
      ? error
      : new FileDownloadError("The file download broke off.", { cause: error });
  }
  return { path, bytes, cleanup };
}
