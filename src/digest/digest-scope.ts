import type { Routing } from "../routing/routing.js";

/**
 * Which error types one channel's digest shows (issue 17, routing):
 *
 * - `all`: every type; the only digest there is without a routing file;
 * - `main`: DIGEST_CHANNEL's with a routing file: the types no route takes (and any error whose
 *   type the catalog no longer knows), plus one line per routed channel saying where its new
 *   errors went;
 * - `routed`: a routed channel's: its types only, mentioning its routes' user groups.
 */
export type DigestScope =
  | { readonly kind: "all" }
  | {
      readonly kind: "main";
      /** Every routed type, so the main digest keeps whatever is not among them. */
      readonly routed: ReadonlySet<string>;
      /** The routed channels, in the file's order, each with its types. */
      readonly channels: readonly {
        readonly channel: string;
        readonly types: ReadonlySet<string>;
      }[];
    }
  | {
      readonly kind: "routed";
      readonly types: ReadonlySet<string>;
      /** User groups (S… ids or @handles) to mention when the digest has news. */
      readonly mentions: readonly string[];
    };

/** One channel's digest and what it shows. */
export interface ChannelScope {
  readonly channel: string;
  readonly scope: DigestScope;
}

/**
 * The digests the routing makes: DIGEST_CHANNEL's first, then one per routed channel, in the
 * file's order. Without routes, DIGEST_CHANNEL's alone, with every type. A route to DIGEST_CHANNEL
 * itself keeps its types in the main digest, which mentions nobody (its mention is not used).
 */
export function digestScopes(routing: Routing | undefined, mainChannel: string): ChannelScope[] {
  const channels = (routing?.routesByChannel() ?? []).filter(
    (c) => c.channel !== mainChannel && c.types.length > 0,
  );
  if (channels.length === 0) return [{ channel: mainChannel, scope: { kind: "all" } }];
  const routed = new Set(channels.flatMap((c) => c.types));
  return [
    {
      channel: mainChannel,
      scope: {
        kind: "main",
        routed,
        channels: channels.map((c) => ({ channel: c.channel, types: new Set(c.types) })),
      },
    },
    ...channels.map(
      (c): ChannelScope => ({
        channel: c.channel,
        scope: { kind: "routed", types: new Set(c.types), mentions: c.mentions },
      }),
    ),
  ];
}

/** Whether a digest of `scope` shows errors of the type `ruleId`. */
export function inScope(scope: DigestScope, ruleId: string): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "main":
      return !scope.routed.has(ruleId);
    case "routed":
      return scope.types.has(ruleId);
  }
}
