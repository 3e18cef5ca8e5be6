/** A one-line progress indicator on a terminal; silent when the stream is piped or disabled. */
export interface Progress {
  update(text: string): void;
  /** Clears the line, so the answer that follows starts clean. */
  done(): void;
}

/**
 * Progress on stderr for long work (imports, demo data). Only a terminal gets it: piped output and
 * `--json` stay clean for scripts.
 */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  enabled: boolean,
): Progress {
  if (!enabled || !stream.isTTY) return { update: () => {}, done: () => {} };
  let shown = false;
  return {
    update(text) {
      stream.write(`\r\u001b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\u001b[2K");
      shown = false;
    },
  };
}
