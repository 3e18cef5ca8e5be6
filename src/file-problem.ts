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
 * The sentence for a file-system error met while reading or writing `path`; `error` is the error
 * thrown, or its code ("EISDIR" for a folder found by `stat`).
 */
export function fileProblem(path: string, action: "read" | "write", error: unknown): string {
  const code =
    typeof error === "string" ? error : isFileSystemError(error) ? error.code : undefined;
  switch (code) {
    case "ENOENT":
      return action === "read"
        ? `There is no file ${path}.`
        : `Cannot write ${path}: its folder does not exist.`;
    case "EISDIR":
      return `${path} is a folder, not a file.`;
    case "EEXIST":
      // Only making a folder meets it here: a file is in the way.
      return `${path} is a file, not a folder.`;
    case "ENOTDIR":
      return `Cannot ${action} ${path}: part of the path is a file, not a folder.`;
    case "EACCES":
    case "EPERM":
      return `Cannot ${action} ${path}: permission denied.`;
    case "ENOSPC":
      return `Cannot write ${path}: the disk is full.`;
    case "EROFS":
      return `Cannot write ${path}: the file system is read-only.`;
    case "ENAMETOOLONG":
      return `Cannot ${action} ${path}: the name is too long.`;
    default:
      return `Cannot ${action} ${path} (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}
