import { BotError, type ErrorText } from "../errors.js";

/** The database cannot be used as asked: cannot be opened, is too new, is busy. */
export class StoreError extends BotError {
  override readonly name = "StoreError";
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("store_refused", text, options);
  }
}
