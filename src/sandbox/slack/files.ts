import { SANDBOX_IDENTITY } from "./types.js";

/** Where a file was shared: a conversation and the message that shares it there. */
export interface FileShare {
  readonly channel: string;
  /** The ts of the message that shared it; replies go in its thread. */
  readonly ts: string;
}

/**
 * A file of the sandbox's workspace: one a person shared, or one the bot uploaded
 * (`files.getUploadURLExternal`, the upload, `files.completeUploadExternal`). The bytes are kept,
 * so tests and the console can read them.
 */
export interface SandboxFile {
  readonly id: string;
  readonly name: string;
  /** The upload's title; the name unless one was given. */
  readonly title: string;
  /** Slack's short type name: "csv", "png", "pdf"…, from the extension as Slack guesses it. */
  readonly filetype: string;
  /** From the bytes for the images Slack recognises (PNG, JPEG, GIF), else from the extension. */
  readonly mimetype: string;
  readonly content: Buffer;
  readonly user: string;
  /** The conversations it was shared in, in order; empty for a file private to its uploader. */
  readonly shares: readonly FileShare[];
  /** The screen reader's description (`alt_txt`), when the upload gave one. */
  readonly altText?: string;
}

/** An upload the bot asked for (`files.getUploadURLExternal`) and has not completed yet. */
export interface PendingUpload {
  readonly id: string;
  readonly name: string;
  /** The `length` it announced. */
  readonly length: number;
  readonly altText?: string;
  /** The bytes, once POSTed to the upload URL; undefined before. */
  content?: Buffer;
}

/** The files of the sandbox's workspace, and the bot's uploads under way. */
export class FileStore {
  private readonly files = new Map<string, SandboxFile>();
  private readonly pending = new Map<string, PendingUpload>();
  private counter = 0;

  /** A file someone shared in a conversation: stored at once with its one share. */
  add(file: {
    readonly name: string;
    readonly content: Buffer;
    readonly user: string;
    readonly channel: string;
    readonly ts: string;
  }): SandboxFile {
    const stored = this.store({
      id: this.nextId(),
      name: file.name,
      title: file.name,
      content: file.content,
      user: file.user,
      shares: [{ channel: file.channel, ts: file.ts }],
    });
    return stored;
  }

  /** Starts an upload: the id `files.getUploadURLExternal` answers, waiting for its bytes. */
  startUpload(upload: Omit<PendingUpload, "id" | "content">): PendingUpload {
    const pending: PendingUpload = { ...upload, id: this.nextId() };
    this.pending.set(pending.id, pending);
    return pending;
  }

  /** An upload under way (asked for, not completed), by file id. */
  pendingUpload(id: string): PendingUpload | undefined {
    return this.pending.get(id);
  }

  /** Completes an upload: the file exists from now on, private to the bot until shared. */
  complete(id: string, details: { readonly title?: string; readonly user: string }): SandboxFile {
    const pending = this.pending.get(id);
    if (!pending?.content) throw new Error(`Slack sandbox: upload ${id} has no bytes`);
    this.pending.delete(id);
    return this.store({
      id,
      name: pending.name,
      title: details.title ?? pending.name,
      content: pending.content,
      user: details.user,
      shares: [],
      ...(pending.altText === undefined ? {} : { altText: pending.altText }),
    });
  }

  /** Records that a file was shared in a conversation by the message `ts`. */
  share(id: string, share: FileShare): SandboxFile | undefined {
    const file = this.files.get(id);
    if (!file) return undefined;
    const shared = { ...file, shares: [...file.shares, share] };
    this.files.set(id, shared);
    return shared;
  }

  get(id: string): SandboxFile | undefined {
    return this.files.get(id);
  }

  /** Deletes a file; true when there was one. */
  delete(id: string): boolean {
    return this.files.delete(id);
  }

  clear(): void {
    this.files.clear();
    this.pending.clear();
  }

  private store(file: Omit<SandboxFile, "filetype" | "mimetype">): SandboxFile {
    const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "text";
    const image = imageTypeOf(file.content);
    const stored: SandboxFile = {
      ...file,
      filetype: image?.filetype ?? extension,
      mimetype: image?.mimetype ?? mimetypeOf(extension),
    };
    this.files.set(stored.id, stored);
    return stored;
  }

  private nextId(): string {
    this.counter++;
    return `F0SANDBOX${String(this.counter).padStart(4, "0")}`;
  }
}

/**
 * The image types Slack shows in an image block (`slack_file`: "png, jpg, jpeg, or gif"), known by
 * their first bytes as Slack's own type detection does, whatever the name says.
 */
export function imageTypeOf(
  content: Buffer,
): { readonly filetype: string; readonly mimetype: string } | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, index) => content[index] === byte)) {
    return { filetype: "png", mimetype: "image/png" };
  }
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) {
    return { filetype: "jpg", mimetype: "image/jpeg" };
  }
  if (
    content
      .subarray(0, 6)
      .toString("latin1")
      .match(/^GIF8[79]a$/)
  ) {
    return { filetype: "gif", mimetype: "image/gif" };
  }
  return undefined;
}

/**
 * The mimetype of the other files (the file object's `mimetype`,
 * https://docs.slack.dev/reference/objects/file-object); assumed for the types below.
 */
export function mimetypeOf(filetype: string): string {
  switch (filetype) {
    case "csv":
      return "text/csv";
    case "tsv":
      return "text/tab-separated-values";
    case "txt":
    case "text":
      return "text/plain";
    case "xlsx":
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case "xls":
      return "application/vnd.ms-excel";
    case "pdf":
      return "application/pdf";
    case "png":
      return "image/png";
    case "jpg":
    case "jpeg":
      return "image/jpeg";
    case "gif":
      return "image/gif";
    default:
      return "application/octet-stream";
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

/** Where the sandbox takes an upload's bytes (Slack's `files.slack.com/upload/v1/…`). */
export function uploadPath(id: string): string {
  return `/upload/v1/${id}`;
}

/** The file id in an upload path, or undefined. */
export function fileIdOfUploadPath(path: string): string | undefined {
  return /^\/upload\/v1\/(F[A-Z0-9]+)$/.exec(path)?.[1];
}

/**
 * A file in the shape `files.info` and `files.completeUploadExternal` return it. Source: the file
 * object, https://docs.slack.dev/reference/objects/file-object (id, name, title, mimetype,
 * filetype, size, user, url_private, permalink, channels/groups/ims, shares public/private).
 */
export function apiFile(
  file: SandboxFile,
  filesUrl: string,
  apiUrl: string,
): Record<string, unknown> {
  const isPrivate = (channel: string) => channel.startsWith("D") || channel.startsWith("G");
  const publicShares = file.shares.filter((share) => !isPrivate(share.channel));
  const privateShares = file.shares.filter((share) => isPrivate(share.channel));
  const sharesOf = (list: readonly FileShare[]) =>
    Object.fromEntries(
      [...new Set(list.map((share) => share.channel))].map((channel) => [
        channel,
        list
          .filter((share) => share.channel === channel)
          .map((share) => ({ ts: share.ts, channel_name: "" })),
      ]),
    );
  return {
    id: file.id,
    created: 1_700_000_000,
    timestamp: 1_700_000_000,
    name: file.name,
    title: file.title,
    mimetype: file.mimetype,
    filetype: file.filetype,
    pretty_type: file.filetype.toUpperCase(),
    size: file.content.length,
    user: file.user,
    mode: "hosted",
    is_external: false,
    is_public: publicShares.length > 0,
    url_private: `${filesUrl}${downloadPath(file)}`,
    url_private_download: `${filesUrl}${downloadPath(file)}`,
    permalink: `${apiUrl}/files/${file.user}/${file.id}/${encodeURIComponent(file.name)}`,
    ...(file.altText === undefined ? {} : { alt_txt: file.altText }),
    channels: [...new Set(publicShares.map((share) => share.channel))],
    groups: [
      ...new Set(privateShares.map((share) => share.channel).filter((c) => c.startsWith("G"))),
    ],
    ims: [...new Set(privateShares.map((share) => share.channel).filter((c) => c.startsWith("D")))],
    shares: {
      ...(publicShares.length > 0 ? { public: sharesOf(publicShares) } : {}),
      ...(privateShares.length > 0 ? { private: sharesOf(privateShares) } : {}),
    },
  };
}
