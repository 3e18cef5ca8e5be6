import type { Catalog } from "../catalog/catalog.js";
import { ACTOR_LABELS } from "../catalog/labels.js";
import { didYouMean } from "../did-you-mean.js";
import type { Actor } from "../rules/types.js";
import { problem, type RoutingProblem, sortByLine } from "./problems.js";
import { type LocatedName, parseRoutesFile, type Selector } from "./routes-file.js";
import { createRouting, type Route, type Routing } from "./routing.js";

/** Who acts in the rules' fix steps: the names `actors` takes (every Actor has a label). */
const ACTORS = Object.keys(ACTOR_LABELS) as readonly Actor[];

/** A routing file checked against the catalog: the routing of what is valid, and every problem. */
export interface RoutesCheck {
  readonly routing: Routing;
  /** In the order of the file; errors and warnings (see `RoutingProblem.severity`). */
  readonly problems: readonly RoutingProblem[];
}

/**
 * Checks a routing file's text against the catalog: its shape, every name (with "did you mean"),
 * a name routed twice on one level, and routes that take no type. Every problem at once, each with
 * its line. The routing is built from the valid part, so a file with one typo still shows the rest.
 */
export function checkRoutes(text: string, catalog: Catalog): RoutesCheck {
  const parsed = parseRoutesFile(text);
  const problems: RoutingProblem[] = [...parsed.problems];
  const seen = new Map<string, LocatedName>();
  const routes: Route[] = parsed.routes.map((entry) => {
    const keep = (selector: Selector) =>
      entry.names[selector].filter((name) => {
        const unknown = unknownName(selector, name, catalog);
        if (unknown) {
          problems.push(unknown);
          return false;
        }
        const key = `${selector}:${name.name}`;
        const first = seen.get(key);
        if (first) {
          problems.push(
            problem("routed-twice", name.line, "routing.routedTwice", {
              kind: selector,
              name: name.name,
              first: first.line ?? 0,
            }),
          );
          return false;
        }
        seen.set(key, name);
        return true;
      });
    return {
      index: entry.index,
      line: entry.line,
      channel: entry.channel,
      mention: entry.mention,
      channelLine: entry.channelLine,
      mentionLine: entry.mentionLine,
      types: keep("types"),
      categories: keep("categories"),
      actors: keep("actors"),
    };
  });
  const routing = createRouting(
    routes.filter((_, i) => parsed.routes[i]?.usable),
    catalog.rules,
  );
  const used = new Set(catalog.rules.map((rule) => routing.routeOf(rule.id)?.route));
  for (const route of routing.routes) {
    const named = route.types.length + route.categories.length + route.actors.length;
    // A route whose every name was wrong has its errors already; a warning on top says nothing.
    if (named > 0 && !used.has(route.index))
      problems.push(
        problem(
          "routes-nothing",
          route.line,
          "routing.routesNothing",
          { channel: route.channel },
          "warning",
        ),
      );
  }
  return { routing, problems: sortByLine(problems) };
}

/** The problem with a name the catalog does not know, with the name it most likely meant. */
function unknownName(
  selector: Selector,
  { name, line }: LocatedName,
  catalog: Catalog,
): RoutingProblem | undefined {
  switch (selector) {
    case "types": {
      if (catalog.ruleById(name)) return undefined;
      return problem("unknown-type", line, "routing.unknownType", {
        name,
        suggestion: typeMeant(name, catalog) ?? "none",
      });
    }
    case "categories": {
      const ids = catalog.categories.map((c) => c.id);
      if ((ids as readonly string[]).includes(name)) return undefined;
      return problem("unknown-category", line, "routing.unknownCategory", {
        name,
        // A category's English or Danish name ("Picklister") points straight at its id.
        suggestion: catalog.categoryByName(name)?.id ?? didYouMean(name, ids) ?? "none",
        known: ids.join(", "),
      });
    }
    case "actors": {
      if ((ACTORS as readonly string[]).includes(name)) return undefined;
      return problem("unknown-actor", line, "routing.unknownActor", {
        name,
        suggestion: didYouMean(name.replace(/\s+/g, "-"), ACTORS) ?? "none",
        known: ACTORS.join(", "),
      });
    }
  }
}

/**
 * The type a wrong name most likely meant: a near-miss of an id (`invalid-emial`), or the type whose
 * name, Danish name or alias it is ("Invalid email", "Ugyldig e-mail"): the file wants the id.
 */
function typeMeant(name: string, catalog: Catalog): string | undefined {
  const near = didYouMean(
    name,
    catalog.rules.map((rule) => rule.id),
  );
  if (near) return near;
  const match = catalog.explain(name).match;
  // A name, not a guess from words in a message or a description.
  return match && match.matchedBy !== "message" && match.matchedBy !== "description"
    ? match.rule.id
    : undefined;
}
