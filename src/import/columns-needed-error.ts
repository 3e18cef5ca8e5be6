import type { ErrorText } from "../errors.js";
import type { ColumnMap, ImportField } from "./columns.js";
import { ImportFileError } from "./read/import-file-error.js";

/** What a person is asked when the importer cannot place a needed field by the headers' names. */
export interface ColumnQuestion {
  /** The file's header row, as in the file. */
  readonly headers: readonly string[];
  /** The best guess for each field it could guess, for pre-filling the answer. */
  readonly guesses: ColumnMap;
  /** The needed groups nothing was found for by name (e.g. errorType or message). */
  readonly unplaced: readonly (readonly ImportField[])[];
  /** `headerRowDigest` of the header row, so an answer can be checked against the file. */
  readonly headerDigest: string;
}

/**
 * The file's columns could not all be placed: the import did not start (nothing was written) and
 * waits for a person to say which column holds what. Each surface asks in its own way: Slack with
 * a menu per field, the console with numbered choices, the command line with a `--columns` line.
 */
export class ColumnsNeededError extends ImportFileError {
  constructor(
    message: ErrorText,
    readonly question: ColumnQuestion,
  ) {
    super(message);
  }
}

/**
 * A person's answer does not fit the file (a Slack button whose file now has other columns, a
 * column position the file does not have): nothing was imported.
 */
export class ColumnChoiceError extends ImportFileError {}
