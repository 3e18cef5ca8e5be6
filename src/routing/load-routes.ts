import { readFile } from "node:fs/promises";
import type { Catalog } from "../catalog/catalog.js";
import { isFileSystemError } from "../file-problem.js";
import { checkRoutes, type RoutesCheck } from "./check-routes.js";
import { problem, RoutingError } from "./problems.js";
import { createRouting, type Routing } from "./routing.js";

/**
 * Reads and checks a routing file (`syncerror routes check`): a file that cannot be read is one
 * problem like the others, so the command reports it the same way.
 */
export async function readRoutes(path: string, catalog: Catalog): Promise<RoutesCheck> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = isFileSystemError(error) ? error.code : undefined;
    return {
      routing: createRouting([], catalog.rules),
      problems: [
        problem("unreadable", undefined, "routing.unreadable", {
          file: path,
          reason: code === "ENOENT" ? "missing" : code === "EISDIR" ? "folder" : (code ?? "other"),
        }),
      ],
    };
  }
  return checkRoutes(text, catalog);
}

/**
 * The routing in effect (ROUTES_PATH): without a file, none (every type goes to DIGEST_CHANNEL).
 * Throws RoutingError with every error in the file; warnings alone do not stop it.
 */
export async function loadRoutes(path: string | undefined, catalog: Catalog): Promise<Routing> {
  if (path === undefined) return createRouting([], catalog.rules);
  const { routing, problems } = await readRoutes(path, catalog);
  if (problems.some((p) => p.severity === "error")) throw new RoutingError(path, problems);
  return routing;
}
