import { BotError, type ErrorText } from "../../errors.js";

/**
 * A file the importer will not read: the wrong kind of file, too large, empty or damaged. The
 * message is written for the admin who uploaded it and says what to do instead.
 */
export class ImportFileError extends BotError {
  override readonly name = "ImportFileError";
  /** The spreadsheet row where reading stopped, when the fault is in one row. */
  readonly row: number | undefined;

  constructor(message: ErrorText, options?: { cause?: unknown; row?: number }) {
    super("import_refused", message, options?.cause === undefined ? {} : { cause: options.cause });
    this.row = options?.row;
  }
}
