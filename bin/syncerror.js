#!/usr/bin/env node
// The `syncerror` program. `npm ci` compiles the TypeScript into dist/ (the `prepare` script), so
// this runs plain JavaScript with no loader.
try {
  await import("../dist/src/main.js");
} catch (error) {
  if (
    error?.code === "ERR_MODULE_NOT_FOUND" &&
    String(error.message).includes("dist/src/main.js")
  ) {
    console.error(
      "syncerror is not built yet. Run `npm ci` (or `npm run build`) in its folder first.",
    );
    process.exit(2);
  }
  throw error;
}
