import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { request } from "undici";
import { BotError, type ErrorText } from "../errors.js";
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
  constructor(message: ErrorText, options?: { cause?: unknown }) {
    super("file_download_failed", message, options);
  }
}

/**
 * Slack would not give the bot the file: it answered with its sign-in page (200, HTML) or sent the
 * download to it (a redirect), which is what it does, instead of a 403, when the token may not
 * read files (slackapi/bolt-js#2585, vercel/eve#1567, OpenRouterLabs/spawn#2316). The page is
 * never imported; the admin is told what to fix.
 */
export class FileAccessError extends BotError {
  override readonly name = "FileAccessError";
  /** `detail`: "html" (an HTML page), or the origin Slack redirected to ("nowhere" for none). */
  constructor(detail: string) {
    super("file_access_denied", { key: "files.signInPage", values: { detail } });
  }
}

/** Where files may come from, and with what. */
export interface DownloadOptions {
  readonly botToken: string;
  /**
   * The only origins the bot token is sent to: Slack's file host (SLACK_FILES_URL) and its API
   * host (SLACK_API_URL). A file URL anywhere else is refused, so a crafted event cannot make the
   * bot hand its token to another server.
   */
  readonly allowedOrigins: readonly string[];
  readonly maxBytes: number;
  readonly fileName: string;
}

/** Redirects followed within the allowed hosts before giving up. */
const MAX_REDIRECTS = 3;

/** The start of an HTML page: what Slack's sign-in page begins with, and no export does. */
const HTML_START = /^\s*<(?:!doctype\s+html|html[\s>])/i;

/** Downloads a private Slack file with the bot token, streaming to disk and stopping at the limit. */
export async function downloadSlackFile(
  url: string,
  options: DownloadOptions,
): Promise<DownloadedFile> {
  const response = await fetchFile(url, options);
  const dir = await mkdtemp(join(tmpdir(), "syncerror-file-"));
  const path = join(dir, options.fileName.replace(/[^\w.-]+/g, "_").slice(0, 100) || "export");
  let bytes = 0;
  let sniffed = false;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // A sign-in page sent without an HTML content type is still a sign-in page.
      if (!sniffed) {
        sniffed = true;
        if (HTML_START.test(chunk.subarray(0, 256).toString("latin1"))) {
          done(new FileAccessError("html"));
          return;
        }
      }
      bytes += chunk.length;
      if (bytes > options.maxBytes) {
        done(
          new FileDownloadError({
            key: "files.overLimit",
            values: { limit: formatSize(options.maxBytes) },
          }),
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
    throw error instanceof BotError
      ? error
      : new FileDownloadError({ key: "files.downloadBroke" }, { cause: error });
  }
  return { path, bytes, cleanup };
}

type FileResponse = Awaited<ReturnType<typeof request>>;

/**
 * GETs the file with the bot token, following a redirect only while it stays on an allowed host
 * (so the token never leaves Slack), and refusing what is not the file: Slack's sign-in page, a
 * redirect to it, or an error status.
 */
async function fetchFile(url: string, options: DownloadOptions): Promise<FileResponse> {
  let target = parseUrl(url);
  for (let redirects = 0; ; redirects++) {
    if (!options.allowedOrigins.includes(target.origin)) {
      throw new FileDownloadError({
        key: "files.downloadHost",
        values: { origin: target.origin, allowed: options.allowedOrigins.join(" or ") },
      });
    }
    const response = await request(target, {
      headers: { authorization: `Bearer ${options.botToken}` },
      headersTimeout: 30_000,
      bodyTimeout: 60_000,
    });
    const { statusCode } = response;
    if (statusCode >= 300 && statusCode < 400) {
      await response.body.dump();
      const location = response.headers.location;
      const next = typeof location === "string" ? parseUrl(location, target) : undefined;
      // Slack sends a refused download to the workspace's sign-in page, `/?redir=/files-pri/…`.
      if (
        !next ||
        next.searchParams.has("redir") ||
        !options.allowedOrigins.includes(next.origin)
      ) {
        throw new FileAccessError(next?.origin ?? "nowhere");
      }
      if (redirects >= MAX_REDIRECTS) {
        throw new FileDownloadError({ key: "files.downloadRedirects" });
      }
      target = next;
      continue;
    }
    if (statusCode !== 200) {
      await response.body.dump();
      throw new FileDownloadError({
        key: "files.downloadStatus",
        values: { status: String(statusCode) },
      });
    }
    const type = String(response.headers["content-type"] ?? "").toLowerCase();
    if (type.startsWith("text/html")) {
      await response.body.dump();
      throw new FileAccessError("html");
    }
    return response;
  }
}

function parseUrl(url: string, base?: URL): URL {
  try {
    return new URL(url, base);
  } catch (error) {
    throw new FileDownloadError({ key: "files.downloadNotUrl" }, { cause: error });
  }
}
