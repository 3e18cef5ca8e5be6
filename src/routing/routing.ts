import type { Actor, CategoryId, SyncErrorRule } from "../rules/types.js";
import { fixerOf } from "./fixer.js";
import type { LocatedName, Selector } from "./routes-file.js";

/**
 * Where each error type goes. Precedence, most specific first:
 *
 * 1. a route that names the **type** (`types: [invalid-email]`);
 * 2. else a route that names its **category** (`categories: [duplicates]`);
 * 3. else a route that names its **fixer** (`actors: [salesforce-admin]`), the actor its fix steps
 *    name most often (see `fixerOf`);
 * 4. else the type is **unrouted**: it stays in the main digest, in DIGEST_CHANNEL.
 *
 * So a type route carves one type out of a category or actor route, and a category route out of an
 * actor route. A routed type leaves the main digest (which will say where it went, in a later
 * step); the main digest keeps every unrouted type. The same name twice on one level is an error
 * (check-routes.ts); should it reach here anyway, the first route in the file wins.
 */

/** A route whose names all exist in the catalog. */
export interface Route {
  /** The route's position in the file's list, from 0. */
  readonly index: number;
  /** The line the route starts on. */
  readonly line: number | undefined;
  /** A channel id (C…, G…) or `#name`, as the file writes it. */
  readonly channel: string;
  /** A user group's id (S…) or `@handle` to mention in the channel, if any. */
  readonly mention: string | undefined;
  /** The lines of `channel` and `mention` in the file, when known. */
  readonly channelLine?: number | undefined;
  readonly mentionLine?: number | undefined;
  readonly types: readonly LocatedName[];
  readonly categories: readonly LocatedName[];
  readonly actors: readonly LocatedName[];
}

/** Where one type goes, and why. */
export interface RouteOfType {
  readonly channel: string;
  readonly mention: string | undefined;
  /** Which of the route's lists took the type: `types` wins over `categories`, over `actors`. */
  readonly by: Selector;
  /** The name in that list: the type's id, its category's id or its fixer. */
  readonly name: string;
  /** The line of that name in the file. */
  readonly line: number | undefined;
  /** The route's position in the file's list, from 0. */
  readonly route: number;
}

/** One routed channel: the types it gets (catalog order) and the groups its routes mention. */
export interface ChannelRoutes {
  readonly channel: string;
  /** Distinct, in file order; empty when no route to the channel mentions anyone. */
  readonly mentions: readonly string[];
  readonly types: readonly string[];
}

/** The routing in effect, with every type's route worked out once. */
export interface Routing {
  readonly routes: readonly Route[];
  /** Where a type (a rule id) goes; undefined: nowhere special, the main digest (DIGEST_CHANNEL). */
  routeOf(ruleId: string): RouteOfType | undefined;
  /** The routed channels, in the order the file first names them, each with its types. */
  routesByChannel(): readonly ChannelRoutes[];
  /** The types no route takes (catalog order): the main digest's. */
  readonly unrouted: readonly string[];
}

/** Builds the routing of valid routes over the catalog's rules. */
export function createRouting(routes: readonly Route[], rules: readonly SyncErrorRule[]): Routing {
  // One table per level: name → the first route naming it, and where.
  const level = (selector: Selector) => {
    const table = new Map<string, { route: Route; name: LocatedName }>();
    for (const route of routes)
      for (const name of route[selector])
        if (!table.has(name.name)) table.set(name.name, { route, name });
    return table;
  };
  const byType = level("types");
  const byCategory = level("categories");
  const byActor = level("actors");

  const routed = new Map<string, RouteOfType>();
  for (const rule of rules) {
    const levels = [
      ["types", byType.get(rule.id)],
      ["categories", byCategory.get(rule.category satisfies CategoryId)],
      ["actors", byActor.get(fixerOf(rule) satisfies Actor)],
    ] as const;
    for (const [by, found] of levels) {
      if (!found) continue;
      routed.set(rule.id, {
        channel: found.route.channel,
        mention: found.route.mention,
        by,
        name: found.name.name,
        line: found.name.line,
        route: found.route.index,
      });
      break;
    }
  }

  const channels = new Map<string, { mentions: string[]; types: string[] }>();
  for (const route of routes) {
    const channel = channels.get(route.channel) ?? { mentions: [], types: [] };
    if (route.mention && !channel.mentions.includes(route.mention))
      channel.mentions.push(route.mention);
    channels.set(route.channel, channel);
  }
  for (const rule of rules) {
    const to = routed.get(rule.id);
    if (to) channels.get(to.channel)?.types.push(rule.id);
  }
  const byChannel: readonly ChannelRoutes[] = [...channels].map(([channel, c]) => ({
    channel,
    mentions: c.mentions,
    types: c.types,
  }));

  return {
    routes,
    routeOf: (ruleId) => routed.get(ruleId),
    routesByChannel: () => byChannel,
    unrouted: rules.filter((rule) => !routed.has(rule.id)).map((rule) => rule.id),
  };
}
