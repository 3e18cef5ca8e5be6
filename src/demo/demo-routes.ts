import { fileURLToPath } from "node:url";

/**
 * The demo routing file local mode uses unless ROUTES_PATH names another (or `none`): the
 * Salesforce admin's types to `#sf-admins`, duplicates to `#revops`. It sits next to this module
 * both in `src/` and, copied by the build (package.json "build"), in `dist/src/`, so the installed
 * program and the image find it too.
 */
export const DEMO_ROUTES_PATH = fileURLToPath(new URL("./demo-routes.yaml", import.meta.url));

/**
 * The routing file in effect: ROUTES_PATH as set; in local mode, when unset, the demo's, and
 * `none` for no routing at all (the one digest).
 */
export function routesPathFor(routesPath: string | undefined, local: boolean): string | undefined {
  if (!local) return routesPath;
  if (routesPath === undefined) return DEMO_ROUTES_PATH;
  return routesPath === "none" ? undefined : routesPath;
}
