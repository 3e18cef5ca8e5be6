import { randomBytes } from "node:crypto";
import { blockProblems } from "./blocks.js";
import type { FileStore } from "./files.js";
import { slackFileProblems } from "./slack-file-check.js";
import type { MessageStore } from "./store.js";
import type { BlockValidator, ResponseUrlContext, SlackMessage } from "./types.js";

/** Slack honours a response_url at most 5 times… */
export const RESPONSE_URL_MAX_USES = 5;
/** …and for 30 minutes. */
export const RESPONSE_URL_TTL_MS = 30 * 60 * 1000;

interface Binding {
  readonly context: ResponseUrlContext;
  readonly createdAt: number;
  uses: number;
  /** The "original" message: the interaction's source, or the first message posted through it. */
  sourceTs: string | undefined;
  /** Posts wait for this while the slash command that carries the url awaits its ack. */
  ready: Promise<void> | undefined;
}

/** The outcome of one POST to a response_url. */
export interface ResponseOutcome {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly error?: string;
  readonly unexpected?: string;
}

/** A response_url body: what `respond()` and a slash command's `ack()` send. */
interface ResponseBody {
  readonly text?: unknown;
  readonly blocks?: unknown;
  readonly response_type?: unknown;
  readonly replace_original?: unknown;
  readonly delete_original?: unknown;
  readonly thread_ts?: unknown;
}

/** The response_urls a sandbox has handed out and what posting to them does. */
export class ResponseUrls {
  private readonly bindings = new Map<string, Binding>();

  constructor(
    private readonly store: MessageStore,
    private readonly validateBlocks: BlockValidator,
    private readonly now: () => number,
    private readonly files: FileStore,
  ) {}

  /** Registers a new url id bound to `context`. */
  create(context: ResponseUrlContext): string {
    const id = randomBytes(12).toString("hex");
    this.bindings.set(id, {
      context,
      createdAt: this.now(),
      uses: 0,
      sourceTs: context.sourceMessageTs,
      ready: undefined,
    });
    return id;
  }

  /**
   * Holds posts to `id` until `release()` or `maxMs`. Slack shows a command's ack before any
   * respond(); in one process the app's respond() can overtake the ack on its way back, so the
   * sandbox restores Slack's order. `maxMs` (Slack's 3 s ack deadline) bounds the wait, so an app
   * that responds before acking (processBeforeResponse) is delayed, not deadlocked.
   */
  hold(id: string, maxMs: number): () => void {
    const binding = this.bindings.get(id);
    if (!binding) return () => {};
    let release = () => {};
    binding.ready = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, maxMs);
      timer.unref();
      release = () => {
        clearTimeout(timer);
        binding.ready = undefined;
        resolve();
      };
    });
    return release;
  }

  /** Resolves once posts to `id` may be applied. */
  async ready(id: string): Promise<void> {
    await this.bindings.get(id)?.ready;
  }

  context(id: string): ResponseUrlContext | undefined {
    return this.bindings.get(id)?.context;
  }

  clear(): void {
    this.bindings.clear();
  }

  /**
   * Applies a POST to `/respond/<id>` as Slack would. With `ack: true` the body is a slash
   * command's immediate response instead: it uses up none of the five posts and becomes the
   * original that a later `replace_original` replaces.
   */
  post(id: string, body: unknown, { ack = false } = {}): ResponseOutcome {
    const counted = !ack;
    const binding = this.bindings.get(id);
    if (!binding) return refuse(404, "invalid_url", `POST to unknown response_url id ${id}`);
    if (this.now() - binding.createdAt > RESPONSE_URL_TTL_MS) return refuse(404, "expired_url");
    if (counted && binding.uses >= RESPONSE_URL_MAX_USES) return refuse(404, "used_url");
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      return refuse(400, "invalid_payload", "response_url body is not a JSON object");
    }
    const outcome = this.apply(binding, body as ResponseBody, ack);
    if (counted && outcome.status === 200) binding.uses++;
    return outcome;
  }

  private apply(binding: Binding, body: ResponseBody, ack: boolean): ResponseOutcome {
    const source = this.source(binding);
    if (isTrue(body.delete_original)) {
      if (!source) return refuse(404, "message_not_found");
      this.store.delete(source);
      binding.sourceTs = undefined;
      return { status: 200, body: { ok: true } };
    }
    const text = typeof body.text === "string" ? body.text : undefined;
    if (!text && body.blocks === undefined) {
      return refuse(400, "no_text", "response_url post with neither text nor blocks");
    }
    const blocks = body.blocks ?? [];
    // Files shown in the reply must be shared where it lands (slack-file-check.ts).
    const where = source?.channel ?? binding.context.channel;
    const problems = [
      ...blockProblems(this.validateBlocks, blocks, "message"),
      ...(where === undefined
        ? []
        : slackFileProblems(blocks, "/blocks", this.files, { channel: where }).map(
            (problem) => `[ERROR] ${problem}`,
          )),
    ];
    if (problems.length > 0 || !Array.isArray(blocks)) {
      return refuse(
        400,
        "invalid_blocks",
        `response_url post with invalid blocks: ${problems.join("; ")}`,
        problems,
      );
    }
    // Replacing keeps where the original lives (channel or ephemeral); response_type is ignored.
    if (isTrue(body.replace_original) && source) {
      this.store.edit(source, text ?? "", blocks);
      return { status: 200, body: { ok: true } };
    }
    const { channel, user } = binding.context;
    const inChannel = body.response_type === "in_channel";
    if (!channel || (!inChannel && !user)) {
      const missing = channel ? "user" : "channel";
      return refuse(400, "channel_not_found", `response_url has no ${missing} bound to it`);
    }
    const threadTs = typeof body.thread_ts === "string" ? { threadTs: body.thread_ts } : {};
    const content = {
      channel,
      text: text ?? "",
      blocks,
      via: ack ? ("ack" as const) : ("response_url" as const),
      ...threadTs,
    };
    const posted =
      inChannel || !user
        ? this.store.post(content)
        : this.store.postEphemeral({ ...content, user });
    binding.sourceTs ??= posted.ts;
    return { status: 200, body: { ok: true } };
  }

  private source(binding: Binding): SlackMessage | undefined {
    const { sourceTs, context } = binding;
    if (sourceTs === undefined) return undefined;
    const where = {
      ...(context.channel === undefined ? {} : { channel: context.channel }),
      ...(context.user === undefined ? {} : { user: context.user }),
    };
    return this.store.findAny(sourceTs, where);
  }
}

function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

function refuse(
  status: number,
  error: string,
  unexpected?: string,
  messages?: readonly string[],
): ResponseOutcome {
  const body = { ok: false, error, ...(messages ? { response_metadata: { messages } } : {}) };
  return unexpected === undefined ? { status, body, error } : { status, body, error, unexpected };
}
