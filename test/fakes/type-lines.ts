/** A posted message's error-type lines as a test reads them: each line's text and ⋯ menu. */

/** One type line: its text, its menu's action id and the menu's options. */
export interface TypeLine {
  readonly text: string;
  readonly actionId: string;
  readonly options: ReadonlyArray<{ text: string; value: string }>;
}

/** The sections of a message that carry an overflow menu (the digest's and status's type lines). */
export function typeLinesOf(message: { blocks: readonly unknown[] }): TypeLine[] {
  return message.blocks.flatMap((raw) => {
    const block = raw as {
      type: string;
      text?: { text: string };
      accessory?: {
        type: string;
        action_id: string;
        options: Array<{ text: { text: string }; value: string }>;
      };
    };
    if (block.type !== "section" || block.accessory?.type !== "overflow") return [];
    return [
      {
        text: block.text?.text ?? "",
        actionId: block.accessory.action_id,
        options: block.accessory.options.map((o) => ({ text: o.text.text, value: o.value })),
      },
    ];
  });
}
