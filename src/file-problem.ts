import type { UserText } from "./errors.js";

/**
 * What went wrong with a file a person named, in plain words: the file system's error codes
 * (ENOENT, EISDIR, …) are for programs. Used wherever a command reads or writes a path it was given.
 */

/** Whether an error came from the file system (it carries an errno code such as "ENOENT"). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code as string)
  );
}

/**
 * Why a file-system error met while reading or writing `path` happened, as a catalog message (each
 * reader gets it in their language; `sayUserText` or a BotError says it); `error` is the error
 * thrown, or its code ("EISDIR" for a folder found by `stat`). EPERM reads as EACCES: both say
 * permission denied.
 */
export function fileProblem(path: string, action: "read" | "write", error: unknown): UserText {
  const code =
    typeof error === "string" ? error : isFileSystemError(error) ? error.code : undefined;
  const known = code === "EPERM" ? "EACCES" : code;
  return {
    key: "files.pathProblem",
    values: {
      path,
      action,
      code: known ?? "other",
      detail: code ?? (error instanceof Error ? error.message : String(error)),
    },
  };
}
