import type { WebClient } from "@slack/web-api";
import { DEFAULT_LANGUAGE, type Language, languageOfLocale } from "../i18n/languages.js";
import type { Logger } from "../logger.js";
import { slackErrorCode } from "./slack-error-code.js";

/** How to find people's languages. */
export interface UserLanguageOptions {
  /** The bot's Web API client (it needs `users:read`). */
  readonly client: Pick<WebClient, "users">;
  readonly logger: Logger;
  /** Milliseconds since the epoch; injected so expiry is testable. */
  readonly now?: () => number;
  /** How long a language is kept: 24 hours unless given. */
  readonly ttlMs?: number;
  /** How long a failed lookup's English is kept before Slack is asked again: 5 minutes. */
  readonly failureTtlMs?: number;
  /** How many people are kept: 5,000 unless given. */
  readonly maxUsers?: number;
  /** How long an answer waits for Slack before it goes out in English: 3 seconds. */
  readonly timeoutMs?: number;
}

/** A person's language, by their Slack user id (`U…`). */
export type UserLanguages = (userId: string) => Promise<Language>;

const DAY_MS = 24 * 60 * 60 * 1000;

interface Entry {
  readonly language: Language;
  readonly expires: number;
}

/**
 * The language of the person an answer is for: their Slack locale (`users.info` with
 * `include_locale`, read for nothing else) mapped by `languageOfLocale`, Danish for `da-DK` and
 * English otherwise. Asked after the ack, since answers go out through response_url or chat.
 *
 * - Kept 24 hours per person: people rarely change their Slack language, and one lookup per
 *   person a day costs nothing against users.info's rate limit (Tier 4).
 * - At most `maxUsers` people, the oldest entry evicted first: a Map keeps insertion order, which
 *   is all the bound needs (no LRU library is a dependency, and a person evicted early costs one
 *   call).
 * - Lookups of one person at the same time share one call.
 * - When Slack fails (no `users:read`, an outage) the answer goes out in English, with one warning
 *   per failed call; that English is kept 5 minutes, so a missing scope costs neither a call nor a
 *   warning per command, and a passing outage heals soon.
 * - An answer waits at most `timeoutMs` for Slack, then goes out in English; the late answer still
 *   fills the cache for the next one.
 */
export function createUserLanguages(options: UserLanguageOptions): UserLanguages {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DAY_MS;
  const failureTtlMs = options.failureTtlMs ?? 5 * 60 * 1000;
  const maxUsers = options.maxUsers ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Language>>();

  const remember = (userId: string, language: Language, forMs: number) => {
    cache.delete(userId);
    cache.set(userId, { language, expires: now() + forMs });
    while (cache.size > maxUsers) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  const lookUp = (userId: string): Promise<Language> =>
    options.client.users
      .info({ user: userId, include_locale: true })
      .then((result) => {
        const language = languageOfLocale(result.user?.locale);
        remember(userId, language, ttlMs);
        return language;
      })
      .catch((error: unknown) => {
        options.logger.warn(
          { user: userId, code: slackErrorCode(error), err: error },
          "could not look up the person's Slack language (users.info, needs users:read): answering in English",
        );
        remember(userId, DEFAULT_LANGUAGE, failureTtlMs);
        return DEFAULT_LANGUAGE;
      })
      .finally(() => inFlight.delete(userId));

  return async (userId) => {
    const cached = cache.get(userId);
    if (cached && cached.expires > now()) return cached.language;
    let pending = inFlight.get(userId);
    if (!pending) {
      pending = lookUp(userId);
      inFlight.set(userId, pending);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Language>((resolve) => {
      timer = setTimeout(() => {
        options.logger.warn(
          { user: userId, timeoutMs },
          "Slack is slow to say the person's language: answering in English",
        );
        resolve(DEFAULT_LANGUAGE);
      }, timeoutMs);
      timer.unref();
    });
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
