import { SANDBOX_IDENTITY } from "./types.js";

/** A file someone shared in the sandbox's workspace. */
export interface SandboxFile {
  readonly id: string;
  readonly name: string;
  /** Slack's short type name: "csv", "xlsx", "pdf"…, from the extension as Slack guesses it. */
  readonly filetype: string;
  readonly content: Buffer;
  readonly user: string;
  readonly channel: string;
  /** The ts of the message that shared it; replies go in its thread. */
  readonly ts: string;
}

/** The files of the sandbox's workspace. */
export class FileStore {
  private readonly files = new Map<string, SandboxFile>();
  private counter = 0;

  add(file: Omit<SandboxFile, "id" | "filetype">): SandboxFile {
    this.counter++;
    const id = `F0SANDBOX${String(this.counter).padStart(4, "0")}`;
    const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "text";
    const stored = { ...file, id, filetype: extension };
    this.files.set(id, stored);
    return stored;
  }

  get(id: string): SandboxFile | undefined {
    return this.files.get(id);
  }

  clear(): void {
    this.files.clear();
  }
}

/** Where the sandbox serves a file's bytes; like Slack's, only with the bot token. */
export function downloadPath(file: SandboxFile): string {
  return `/files-pri/${SANDBOX_IDENTITY.teamId}-${file.id}/download/${encodeURIComponent(file.name)}`;
}

/** The file id in a download path, or undefined. */
export function fileIdOfDownloadPath(path: string): string | undefined {
  return /^\/files-pri\/[A-Z0-9]+-(F[A-Z0-9]+)\/download\/[^/]+$/.exec(path)?.[1];
}

/** A file in the shape `files.info` returns it. */
export function apiFile(file: SandboxFile, baseUrl: string): Record<string, unknown> {
  const isPrivate = file.channel.startsWith("D") || file.channel.startsWith("G");
  return {
    id: file.id,
    name: file.name,
    title: file.name,
    filetype: file.filetype,
    size: file.content.length,
    user: file.user,
    url_private: `${baseUrl}${downloadPath(file)}`,
    url_private_download: `${baseUrl}${downloadPath(file)}`,
    channels: isPrivate ? [] : [file.channel],
    shares: {
      [isPrivate ? "private" : "public"]: { [file.channel]: [{ ts: file.ts, channel_name: "" }] },
    },
  };
}
