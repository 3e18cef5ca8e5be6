import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import wrapAnsi from "wrap-ansi";
import { subcommands } from "../commands/index.js";
import { sayUserText } from "../errors.js";
import { fileProblem } from "../file-problem.js";
import { LOCALES } from "../i18n/languages.js";
import { type Translator, translator } from "../i18n/translator.js";
import {
  DEFAULT_CHANNEL,
  type MessageEvent,
  type SandboxRecord,
  type SlackMessage,
} from "../sandbox/slack/sandbox.js";
import { MISSING_ACTIONS } from "../slack/messages/import-messages.js";
import { type ConsoleModal, consoleModal, consoleModalValues } from "./console-modal.js";
import {
  type ConsoleAction,
  type ConsoleOption,
  type MrkdwnContext,
  renderBlocks,
  renderMrkdwn,
} from "./render-blocks.js";
import type { SandboxedApp } from "./sandboxed-app.js";
import { saveImage } from "./saved-images.js";

/** A Slack user id as `as` takes it: U or W, then capitals and digits. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** How long a command may take before the console stops waiting for its answer. */
export const ANSWER_TIMEOUT_MS = 10_000;
/** How long an import of a shared file may take before the console stops waiting. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;
/** After the answer, the console waits until the bot has been quiet this long (follow-up updates). */
const SETTLE_MS = 150;

/** Where the session writes, and how. */
export interface SessionOutput {
  /** Writes text (lines end in "\n"). */
  write(text: string): void;
  readonly color: boolean;
  /** Columns of the terminal, to wrap long lines between words; undefined when piped. */
  readonly width?: number | undefined;
  /**
   * Where the images the bot shares (charts) are written, so they can be opened; the console
   * names each one's path. Not written without.
   */
  readonly imagesDir?: string | undefined;
}

/** Asks the user a yes/no question (a button's confirm dialog) and resolves with the answer. */
export type AskYesNo = (question: string) => Promise<boolean>;

/** What one input line did. */
export type LineOutcome = "continue" | "quit";

/**
 * One console user's conversation with the bot: typed commands and button numbers become the
 * signed requests Slack would send, and whatever the bot posts, updates or answers in the sandbox
 * is rendered as text. It adds no feature of its own: every answer comes from the real app.
 */
export class ConsoleSession {
  private readonly actions = new Map<number, { action: ConsoleAction; message: SlackMessage }>();
  /** What the user chose in each menu (by its number), as Slack's client shows it until sent. */
  private readonly chosen = new Map<number, ConsoleOption>();
  private nextNumber = 1;
  /** The dialog (modal) the bot opened for this person, while it is open. */
  private modal: ConsoleModal | undefined;
  private lastActivity = Date.now();
  /** Channels by name and dates in this terminal's time zone, as Slack shows them. */
  private readonly mrkdwn: MrkdwnContext = {
    channelName: (id) => this.env.sandbox.channelName(id),
  };

  /** Who the console started as (`--user`), for the way back after `as`. */
  private readonly firstUserId: string;
  /** Everyone the console has acted as: their ephemeral notices are shown, marked as theirs. */
  private readonly people = new Set<string>();

  /**
   * `t`: the console's own words (help, hints, frames, questions) in the console person's
   * language, the one their sandbox Slack user has (`--lang`); English unless given.
   */
  constructor(
    private readonly env: SandboxedApp,
    private userId: string,
    private readonly output: SessionOutput,
    private readonly askYesNo: AskYesNo,
    private readonly t: Translator = translator("en"),
  ) {
    this.firstUserId = userId;
    this.people.add(userId);
    env.sandbox.on("message", (event) => this.show(event));
    env.sandbox.on("call", () => this.touch());
    env.sandbox.on("response", () => this.touch());
  }

  /** Handles one input line; resolves once the bot's answer to it has arrived and settled. */
  async handle(line: string): Promise<LineOutcome> {
    const input = line.trim();
    if (input === "") return "continue";
    if (input === "quit" || input === "exit" || input === "/quit") return "quit";
    if (this.modal) {
      const [, number, rest = ""] = /^(\d+)(?:\s+(.*))?$/.exec(input) ?? [];
      const value = number === undefined ? undefined : this.modal.choices.get(Number(number));
      if (value !== undefined) {
        await this.submitModal(this.modal, value, rest);
        return "continue";
      }
      // Anything else leaves the dialog, as closing it in Slack would.
      this.modal = undefined;
      this.print(`${this.t.t("console.modalClosed")}\n`);
    }
    if (input === "help" || input === "?") {
      this.print(`${this.t.t("console.help")}\n`);
    } else if (/^\d+$/.test(input)) {
      await this.click(Number(input));
    } else if (/^\d+\s+\d+$/.test(input)) {
      const [menu = 0, option = 0] = input.split(/\s+/).map(Number);
      await this.choose(menu, option);
    } else if (/^as(?:\s|$)/.test(input)) {
      this.actAs(input.slice(2).trim());
    } else if (input === "home") {
      await this.openHome();
    } else if (/^\/syncerror\s+import\s+\S/i.test(input)) {
      await this.shareFile(input.replace(/^\/syncerror\s+import\s+/i, ""));
    } else if (/^\/syncerror(?:\s|$)/i.test(input)) {
      await this.slash(input.replace(/^\/syncerror\s*/i, ""));
    } else if (input.startsWith("/")) {
      this.print(`${this.t.t("console.onlySyncerror")}\n`);
    } else {
      this.print(`${this.t.t("console.typeCommand", { example: suggestedCommand(input) })}\n`);
    }
    return "continue";
  }

  /**
   * `as U0BOB`: the next commands and clicks are that person's, so one console can try what a
   * team does (one takes a type, another takes it over and the first is told). The new person's
   * Slack is in the console's language; what only the previous person saw stays on screen.
   */
  private actAs(id: string): void {
    if (!SLACK_USER_ID.test(id)) {
      this.print(`${this.t.t("console.asUsage", { you: this.userId })}\n`);
      return;
    }
    this.env.sandbox.addUser({ id, locale: LOCALES[this.t.language] });
    this.userId = id;
    this.people.add(id);
    this.print(`${this.t.t("console.asNow", { user: id, first: this.firstUserId })}\n`);
  }

  private async slash(text: string): Promise<void> {
    const reply = await this.env.sandbox.slash(this.env.target, {
      text,
      userId: this.userId,
      channelId: DEFAULT_CHANNEL.id,
    });
    if (reply.status !== 200) {
      this.print(`${this.t.t("console.commandHttp", { status: reply.status })}\n`);
      return;
    }
    await this.settle(reply.responseUrl);
  }

  /**
   * `/syncerror import <path>`: Slack has no such command; the console shares the file in the
   * channel, as a person dropping an export would, and the bot imports it from there.
   */
  private async shareFile(path: string): Promise<void> {
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch (error) {
      this.print(`${sayUserText(fileProblem(path, "read", error), this.t)}\n`);
      return;
    }
    const since = this.lastSeq();
    const firstNew = this.nextNumber;
    await this.env.sandbox.shareFile(this.env.target, {
      userId: this.userId,
      channelId: DEFAULT_CHANNEL.id,
      name: basename(path),
      content,
    });
    try {
      // The bot answers "importing…" in the file's thread, then replaces it with the summary.
      await this.env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
        timeoutMs: IMPORT_TIMEOUT_MS,
      });
    } catch {
      this.print(`${this.t.t("console.importTimeout", { minutes: IMPORT_TIMEOUT_MS / 60_000 })}\n`);
      return;
    }
    await this.settled();
    await this.answerMissingQuestion(firstNew);
  }

  /**
   * When the import's summary asks whether to resolve the errors the export did not list (a
   * filtered export?), asks the same y/n here and clicks the button the answer stands for.
   */
  private async answerMissingQuestion(firstNew: number): Promise<void> {
    const shown = [...this.actions].filter(([number]) => number >= firstNew);
    const resolve = shown.find(([, e]) => e.action.actionId === MISSING_ACTIONS.resolve);
    const keep = shown.find(([, e]) => e.action.actionId === MISSING_ACTIONS.keep);
    if (!resolve || !keep) return;
    const yes = await this.askYesNo(this.t.t("console.missingQuestion"));
    await this.click(yes ? resolve[0] : keep[0]);
  }

  private lastSeq(): number {
    const last = [...this.env.sandbox.calls(), ...this.env.sandbox.responses()].map((r) => r.seq);
    return last.length > 0 ? Math.max(...last) : 0;
  }

  private async click(number: number): Promise<void> {
    const entry = this.entry(number);
    if (!entry) return;
    const { action, message } = entry;
    if (action.kind === "select") {
      this.listOptions(number, action);
      return;
    }
    if (action.url) this.print(`${this.t.t("console.openInBrowser", { url: action.url })}\n`);
    if (action.confirm) {
      const { title, text, confirm, deny } = action.confirm;
      // The dialog's text is mrkdwn, as Slack renders it.
      const shown = renderMrkdwn(text, this.output.color, this.mrkdwn);
      const yes = await this.askYesNo(
        this.t.t("console.confirmQuestion", { title, text: shown, confirm, deny }),
      );
      if (!yes) {
        this.print(`${this.t.t("console.cancelled")}\n`);
        return;
      }
    }
    const value = action.selectedOption?.value ?? action.value;
    const since = this.lastSeq();
    let reply: Awaited<ReturnType<SandboxedApp["sandbox"]["click"]>>;
    try {
      reply = await this.env.sandbox.click(this.env.target, {
        userId: this.userId,
        message,
        actionId: action.actionId,
        ...(value !== undefined ? { value } : {}),
      });
    } catch (error) {
      this.print(`${this.t.t("console.buttonGone", { reason: (error as Error).message })}\n`);
      return;
    }
    if (reply.status !== 200) {
      this.print(`${this.t.t("console.clickHttp", { status: reply.status })}\n`);
      return;
    }
    await this.settle(reply.responseUrl, since);
    this.showModal();
  }

  /** Shows the dialog the bot opened (views.open) for this person, once, with numbered choices. */
  private showModal(): void {
    const open = this.env.sandbox.openModal(this.userId);
    if (!open || open.id === this.modal?.viewId) return;
    const modal = consoleModal(open.view, {
      nextNumber: () => this.nextNumber++,
      color: this.output.color,
      t: this.t,
    });
    if (!modal) return;
    this.modal = modal;
    const title = (open.view.title as { text?: string } | undefined)?.text ?? "";
    this.print(
      `${this.frame(this.t.t("console.modalFrame", { title }))}\n${modal.lines.join("\n")}\n\n`,
    );
  }

  /** Sends the dialog with a choice (and a date or text after it), as its submit button would. */
  private async submitModal(modal: ConsoleModal, value: string, rest: string): Promise<void> {
    const since = this.lastSeq();
    try {
      const reply = await this.env.sandbox.submitView(this.env.target, {
        userId: this.userId,
        values: consoleModalValues(modal, value, rest),
      });
      if (reply.errors) {
        const errors = Object.values(reply.errors).join(" ");
        this.print(`${this.t.t("console.modalErrors", { errors })}\n`);
        return;
      }
      if (reply.closed) this.modal = undefined;
    } catch (error) {
      this.print(`${this.t.t("console.modalErrors", { errors: (error as Error).message })}\n`);
      return;
    }
    // The bot answers after closing the dialog: through the click's response_url, or a message.
    await this.settle("", since);
  }

  /** The clickable element shown as [number], or why there is none (printed). */
  private entry(number: number): { action: ConsoleAction; message: SlackMessage } | undefined {
    const entry = this.actions.get(number);
    if (!entry) {
      const key = number < this.nextNumber ? "console.noButtonAnyMore" : "console.noButton";
      this.print(`${this.t.t(key, { number })}\n`);
    }
    return entry;
  }

  /** A menu's options, numbered, the one shown chosen marked, and how to choose one. */
  private listOptions(number: number, action: ConsoleAction): void {
    const current = this.chosen.get(number) ?? action.initialOption;
    const lines = (action.options ?? []).map(
      (option, i) =>
        `  ${String(i + 1).padStart(3)}  ${option.text}${option.value === current?.value ? `   ${this.t.t("console.chosenMark")}` : ""}`,
    );
    this.print(
      `${action.label}:\n${lines.join("\n")}\n${this.t.t("console.typeToChoose", { number })}\n`,
    );
  }

  /**
   * Chooses option `optionNumber` (from 1) of the menu shown as [menuNumber]: Slack's client shows
   * the choice and sends the app a block action for it; the app's later answers (a button of the
   * same message) read it from the message's state, as in Slack.
   */
  private async choose(menuNumber: number, optionNumber: number): Promise<void> {
    const entry = this.entry(menuNumber);
    if (!entry) return;
    const { action, message } = entry;
    const option = action.options?.[optionNumber - 1];
    if (action.kind !== "select" || !option) {
      this.print(
        `${
          action.kind === "select"
            ? this.t.t("console.noSuchOption", { menu: menuNumber, option: optionNumber })
            : this.t.t("console.notAMenu", { menu: menuNumber })
        }\n`,
      );
      return;
    }
    let reply: Awaited<ReturnType<SandboxedApp["sandbox"]["click"]>>;
    try {
      reply = await this.env.sandbox.click(this.env.target, {
        userId: this.userId,
        message,
        actionId: action.actionId,
        value: option.value,
      });
    } catch (error) {
      this.print(`${this.t.t("console.menuGone", { reason: (error as Error).message })}\n`);
      return;
    }
    if (reply.status !== 200) {
      this.print(`${this.t.t("console.choiceHttp", { status: reply.status })}\n`);
      return;
    }
    this.chosen.set(menuNumber, option);
    this.print(`${action.label}: ${option.text}\n`);
    await this.settled();
  }

  private async openHome(): Promise<void> {
    const published = this.env.sandbox.waitFor("views.publish", { timeoutMs: ANSWER_TIMEOUT_MS });
    await this.env.sandbox.openHome(this.env.target, { userId: this.userId });
    try {
      await published;
    } catch {
      this.print(`${this.t.t("console.noHome")}\n`);
      return;
    }
    const view = this.env.sandbox.homeView(this.userId);
    const blocks = view?.blocks ?? [];
    const lines = this.render(blocks, null);
    this.print(`${this.frame(this.t.t("console.homeTab"))}\n${lines.join("\n")}\n`);
  }

  /** Resolves once the bot has been quiet for a moment (after work the console did not start). */
  async settled(): Promise<void> {
    while (Date.now() - this.lastActivity < SETTLE_MS) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
  }

  /** Waits for the answer on `responseUrl`, then for the bot to fall quiet. */
  /**
   * Waits for the bot's answer: a post to `responseUrl`, or (for buttons that answer in a
   * thread, like the digest's) a message it posts or updates after `since`; then for quiet.
   */
  private async settle(responseUrl: string, since = Number.POSITIVE_INFINITY): Promise<void> {
    const answered = (record: SandboxRecord) =>
      (record.type === "response" && (record.url === responseUrl || record.seq > since)) ||
      (record.type === "call" &&
        record.seq > since &&
        (record.method === "chat.postMessage" ||
          record.method === "chat.update" ||
          record.method === "views.open"));
    try {
      await this.env.sandbox.waitFor(answered, { timeoutMs: ANSWER_TIMEOUT_MS });
    } catch {
      this.print(`${this.t.t("console.noAnswer", { seconds: ANSWER_TIMEOUT_MS / 1000 })}\n`);
      return;
    }
    await this.settled();
  }

  /** Writes text, wrapped between words to the terminal's width when there is one. */
  private print(text: string): void {
    const { width } = this.output;
    this.output.write(width ? wrapAnsi(text, width, { hard: true, trim: false }) : text);
  }

  private touch(): void {
    this.lastActivity = Date.now();
  }

  private show(event: MessageEvent): void {
    this.touch();
    const { message } = event;
    if (message.ephemeral && message.user !== this.userId) {
      // Someone the console has been (`as`): their notice is shown, saying whose it is, as text
      // alone (only they could click its buttons); anyone else's stays theirs.
      if (message.user && this.people.has(message.user)) this.showOthers(message, message.user);
      return;
    }
    // The buttons of an earlier version of this message no longer exist.
    if (event.kind === "updated" || event.kind === "deleted") this.forgetButtonsOf(message);
    if (event.kind === "deleted") {
      this.print(`${this.frame(this.t.t("console.deleted"))}\n`);
      return;
    }
    const where = message.ephemeral
      ? this.t.t("console.onlyYou")
      : message.channel.startsWith("D")
        ? this.t.t("console.directMessage")
        : `#${this.env.sandbox.channelName(message.channel) ?? message.channel}`;
    const thread = message.threadTs ? this.t.t("console.inThread") : "";
    const updated = event.kind === "updated" ? this.t.t("console.updated") : "";
    const author =
      message.via === "user" ? `@${message.author ?? this.t.t("console.someone")}` : "syncerror";
    const title = `${author} · ${where}${thread}${updated}`;
    const lines = this.render(message.blocks, message);
    if (lines.length === 0) lines.push(renderMrkdwn(message.text, this.output.color, this.mrkdwn));
    lines.push(...this.images(message.files ?? []));
    this.print(`${this.frame(title)}\n${lines.join("\n")}\n\n`);
  }

  private showOthers(message: SlackMessage, user: string): void {
    const title = `syncerror · ${this.t.t("console.onlyFor", { user: `@${user}` })}`;
    this.print(
      `${this.frame(title)}\n${renderMrkdwn(message.text, this.output.color, this.mrkdwn)}\n\n`,
    );
  }

  private forgetButtonsOf(message: SlackMessage): void {
    for (const [number, entry] of this.actions) {
      if (entry.message.ts === message.ts && entry.message.channel === message.channel) {
        this.actions.delete(number);
        this.chosen.delete(number);
      }
    }
  }

  private render(blocks: readonly unknown[], message: SlackMessage | null): string[] {
    const rendered = renderBlocks(blocks, {
      color: this.output.color,
      nextNumber: () => this.nextNumber++,
      translator: this.t,
      ...this.mrkdwn,
      // Each picture's path right under its alt text, where Slack would show the picture.
      imageNote: (fileId) => this.images([fileId])[0],
    });
    if (message)
      for (const action of rendered.actions) this.actions.set(action.number, { action, message });
    return rendered.lines;
  }

  /** A line per image among `fileIds`, naming where it was written (see SessionOutput.imagesDir). */
  private images(fileIds: readonly string[]): string[] {
    const dir = this.output.imagesDir;
    const lines: string[] = [];
    for (const id of new Set(fileIds)) {
      const file = this.env.sandbox.file(id);
      if (!file || !dir) continue;
      try {
        const path = saveImage(dir, file);
        if (path) lines.push(this.t.t("console.imageSaved", { title: file.title, path }));
      } catch (error) {
        // A folder that cannot be written costs the picture, not the session.
        const reason = error instanceof Error ? error.message : String(error);
        lines.push(this.t.t("console.imageNotSaved", { title: file.title, reason }));
      }
    }
    return lines;
  }

  private frame(title: string): string {
    const text = `── ${title} `;
    const line = `${text}${"─".repeat(Math.max(4, 60 - text.length))}`;
    return this.output.color ? `\u001b[2m${line}\u001b[22m` : line;
  }
}

/**
 * The command a line typed without `/syncerror` most likely meant: the subcommand it starts with
 * (`list`, `explain Type mismatch`), or else an explanation of the whole line.
 */
function suggestedCommand(input: string): string {
  const first = (input.split(/\s/, 1)[0] ?? "").toLowerCase();
  return subcommands.some((c) => c.name === first)
    ? `/syncerror ${input}`
    : `/syncerror explain ${input}`;
}
