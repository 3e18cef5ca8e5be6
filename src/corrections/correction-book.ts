import { MAX_CLASSIFIED_CHARS } from "../catalog/classify.js";
import { type CorrectionLookup, correctionKey } from "../catalog/corrections.js";
import { unwrapJsonError } from "../catalog/unwrap-json-error.js";
import { StoreError } from "../store/store-error.js";
import type { CorrectionRecord, CorrectionStore } from "../store/types.js";

/**
 * The correction key of a message as the classifier computes it: on the message's head, with an
 * API error body unwrapped to `STATUS_CODE: message`, so a correction made from any surface
 * matches what `classify` looks up.
 */
export function correctionKeyOf(message: string): string {
  return correctionKey(unwrapJsonError(message.slice(0, MAX_CLASSIFIED_CHARS)));
}

/** What a correction did. */
export type CorrectionOutcome =
  | { readonly kind: "added"; readonly record: CorrectionRecord }
  | { readonly kind: "replaced"; readonly record: CorrectionRecord; readonly previous: string }
  | { readonly kind: "unchanged"; readonly record: CorrectionRecord };

/**
 * The admins' corrections as the classifier reads them: an in-memory map from correction key to
 * type, loaded from the store once and kept current by every add and remove made through it, so
 * classifying an import's million lines costs a map lookup each, never a query.
 *
 * The catalog holds the book from the start (it is built before the store opens); until `attach`
 * the book knows no corrections.
 */
export class CorrectionBook implements CorrectionLookup {
  private byKey = new Map<string, string>();
  private store: CorrectionStore | undefined;

  /** Reads every correction from the store, which the book then writes to. */
  async attach(store: CorrectionStore): Promise<void> {
    this.store = store;
    await this.reload();
  }

  /**
   * Reads the map again from the store. Only this process's changes are seen by themselves: a
   * second replica sharing one database (the PostgreSQL store, a later issue), or `syncerror
   * corrections remove` run beside a running bot, will need this called when the store signals a
   * change made elsewhere.
   */
  async reload(): Promise<void> {
    this.byKey = new Map((await this.attached().corrections()).map((c) => [c.key, c.ruleId]));
  }

  typeFor(key: string): string | undefined {
    return this.byKey.get(key);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The type an admin gave messages shaped like this one, if any. */
  typeOfMessage(message: string): string | undefined {
    return this.typeFor(correctionKeyOf(message));
  }

  /**
   * Gives `message`, and every message that differs from it only in ids, names and values, the
   * type `ruleId`, from now on; audited with who and when.
   */
  async correct(input: {
    readonly message: string;
    readonly ruleId: string;
    readonly by: string;
    readonly at: Date;
  }): Promise<CorrectionOutcome> {
    const store = this.attached();
    const key = correctionKeyOf(input.message);
    const message = input.message.slice(0, MAX_CLASSIFIED_CHARS);
    // The store decides "already so" in the save's transaction: two clicks at once audit once.
    const { record, previousRuleId, changed } = await store.saveCorrection({
      key,
      message,
      ruleId: input.ruleId,
      correctedBy: input.by,
      correctedAt: input.at,
    });
    this.byKey.set(key, record.ruleId);
    if (!changed) return { kind: "unchanged", record };
    return previousRuleId === null
      ? { kind: "added", record }
      : { kind: "replaced", record, previous: previousRuleId };
  }

  /** Removes correction `id` (audited); null when there is none. */
  async remove(id: number, by: string, at: Date): Promise<CorrectionRecord | null> {
    const removed = await this.attached().removeCorrection(id, by, at);
    if (removed) this.byKey.delete(removed.key);
    return removed;
  }

  /** Every correction, oldest first, from the store. */
  list(): Promise<CorrectionRecord[]> {
    return this.attached().corrections();
  }

  private attached(): CorrectionStore {
    if (!this.store) throw new StoreError("The corrections are not loaded from a store yet.");
    return this.store;
  }
}
