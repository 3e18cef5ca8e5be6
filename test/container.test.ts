import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../src/config.js";

// The image and compose.yaml cannot be built or started on a machine without a container engine,
// so this checks what they say against the project: the image runs what `npm start` runs, with
// production dependencies only, as a non-root user, probed on /healthz.

const root = new URL("../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/**
 * The Dockerfile's instructions by stage: comments and blank lines dropped, `\` continuations
 * joined. Enough for this Dockerfile (no heredocs, no parser directives besides `# syntax`); the
 * npm parsers for Dockerfiles are unmaintained, and this is a dozen lines.
 */
function stagesOf(text: string): Instruction[][] {
  const stages: Instruction[][] = [];
  let pending = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (pending === "" && (line === "" || line.startsWith("#"))) continue;
    if (line.startsWith("#")) continue; // a comment inside a continued instruction
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = "";
    const [keyword = "", ...rest] = whole.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    if (instruction.keyword === "FROM") stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

const stages = stagesOf(read("Dockerfile"));
const final = stages.at(-1) ?? [];
const all = (stage: Instruction[], keyword: string) =>
  stage.filter((i) => i.keyword === keyword).map((i) => i.args);
const last = (stage: Instruction[], keyword: string) => all(stage, keyword).at(-1) ?? "";
const packageJson = JSON.parse(read("package.json")) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("Dockerfile", () => {
  it("has a build stage and a final stage, both on Node 20 slim", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(last(stage, "FROM")).toMatch(/^node:20-bookworm-slim\b/);
  });

  it("installs only production dependencies in the final stage", () => {
    const runs = all(final, "RUN").join(" && ");
    expect(runs).toMatch(/npm ci --omit=dev\b/);
    // Every npm ci / npm install in the final stage omits the dev dependencies.
    for (const install of runs.match(/npm (ci|install|i)\b[^&;]*/g) ?? []) {
      expect(install).toContain("--omit=dev");
    }
    expect(final.some((i) => i.keyword === "ENV" && /NODE_ENV=production/.test(i.args))).toBe(true);
  });

  it("runs as a user who is not root", () => {
    const user = last(final, "USER");
    expect(user).not.toBe("");
    expect(user.split(":")[0]).not.toMatch(/^(root|0)$/);
  });

  it("probes /healthz on the port the bot listens on by default", () => {
    const healthcheck = last(final, "HEALTHCHECK");
    expect(healthcheck).toContain("/healthz");
    expect(healthcheck).toContain("process.env.PORT||3000");
    const http = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
    }).slack;
    expect(http.mode === "http" && http.port).toBe(3000);
    expect(last(final, "EXPOSE")).toBe("3000");
  });

  it("starts the program `npm start` runs, without npm's build step", () => {
    const command = JSON.parse(last(final, "CMD")) as string[];
    expect(command).toEqual(packageJson.scripts.start?.split(" "));
    expect(command).toEqual(["node", "bin/syncerror.js"]);
    // bin/syncerror.js loads dist/src/main.js, which the final stage copies from the build stage.
    expect(read("bin/syncerror.js")).toContain("../dist/src/main.js");
    expect(all(final, "COPY")).toContain("--from=build /app/dist/src ./dist/src");
    expect(all(final, "COPY")).toContain("bin ./bin");
  });

  it("ships the demo routing file local mode reads: the build copies it into dist/src", () => {
    // tsc copies no .yaml; the build stage runs `npm run build`, whose copy puts it where
    // dist/src/demo/demo-routes.js looks (next to itself), inside the dist/src the final stage takes.
    expect(all(stages[0] ?? [], "RUN")).toContain("npm run build");
    expect(packageJson.scripts.build).toContain(
      "cpSync('src/demo/demo-routes.yaml', 'dist/src/demo/demo-routes.yaml')",
    );
    expect(read("src/demo/demo-routes.ts")).toContain(
      'new URL("./demo-routes.yaml", import.meta.url)',
    );
  });

  it("keeps the SQLite store on a volume the bot's user owns", () => {
    expect(
      final.some((i) => i.keyword === "ENV" && i.args === "DATABASE_PATH=/data/syncerror.db"),
    ).toBe(true);
    expect(last(final, "VOLUME")).toBe("/data");
    expect(all(final, "RUN").join("\n")).toContain(`chown ${last(final, "USER")}:`);
  });

  it("leaves .env, node_modules and .git out of the build context", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim());
    for (const entry of [".env", "node_modules", ".git", "dist"]) expect(ignored).toContain(entry);
    // ... and not what the image is built from.
    for (const needed of ["src", "bin", "package.json", "package-lock.json"]) {
      expect(ignored).not.toContain(needed);
    }
  });
});

interface Service {
  profiles?: string[];
  image?: string;
  env_file?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  volumes?: string[];
}
const compose = parse(read("compose.yaml")) as { services: Record<string, Service> };

describe("compose.yaml", () => {
  const { bot, postgres, "bot-replicated": replicated } = compose.services;

  it("runs one bot on SQLite by default, its store on a named volume", () => {
    expect(bot?.profiles).toBeUndefined();
    expect(bot?.deploy?.replicas ?? 1).toBe(1);
    expect(bot?.environment?.DATABASE_PATH).toBe("/data/syncerror.db");
    expect(bot?.volumes).toEqual(["syncerror-data:/data"]);
    expect(bot?.env_file).toBe(".env");
  });

  it("keeps PostgreSQL and the two replicas in the postgres profile, started once it is healthy", () => {
    expect(postgres?.profiles).toEqual(["postgres"]);
    expect(postgres?.image).toMatch(/^postgres:1[67]\.\d+/);
    expect(postgres?.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(replicated?.profiles).toEqual(["postgres"]);
    expect(replicated?.deploy?.replicas).toBe(2);
    expect(replicated?.depends_on?.postgres?.condition).toBe("service_healthy");
    expect(replicated?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
  });

  it("writes no secret: passwords come from .env", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|KEY/.test(key)) {
          expect(value, `${name}.${key}`).toMatch(/^\$\{[A-Z_]+(:-)?\}$/);
        }
        const userinfo = /^\w+:\/\/[^:@/]+:([^@]*)@/.exec(value);
        if (userinfo) expect(userinfo[1], `${name}.${key}`).toMatch(/^\$\{[A-Z_]+(:-)?\}$/);
      }
    }
  });
});

describe("the final stage's npm ci --omit=dev", () => {
  // npm ci --omit=dev --ignore-scripts, as the final stage runs it, in a folder with only the
  // manifest and the lockfile: what it installs is what the image gets (before better-sqlite3's
  // native build, which needs a compiler and is not run here).
  it("installs none of the dev dependencies", { timeout: 180_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), "syncerror-omit-dev-"));
    try {
      for (const file of ["package.json", "package-lock.json"]) {
        cpSync(new URL(file, root), join(folder, file));
      }
      await promisify(execFile)(
        "npm",
        ["ci", "--omit=dev", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund"],
        { cwd: folder, timeout: 170_000, env: { ...process.env, NODE_ENV: "production" } },
      );
      const lock = JSON.parse(read("package-lock.json")) as {
        packages: Record<string, { dev?: boolean }>;
      };
      const installed = (key: string) => existsSync(join(folder, key, "package.json"));
      const devOnly = Object.entries(lock.packages)
        .filter(([key, entry]) => key !== "" && entry.dev)
        .map(([key]) => key);
      expect(devOnly.length).toBeGreaterThan(0);
      for (const key of devOnly) expect(installed(key), key).toBe(false);
      // A dev dependency a production dependency also needs (@types/node, which @slack and
      // @hubspot list) is installed for that one; the tools are not.
      for (const name of Object.keys(packageJson.devDependencies)) {
        const key = `node_modules/${name}`;
        expect(installed(key), key).toBe(lock.packages[key]?.dev !== true);
      }
      for (const tool of ["typescript", "vitest", "@biomejs/biome", "tsx", "vite"]) {
        expect(installed(`node_modules/${tool}`), tool).toBe(false);
      }
      expect(installed("node_modules/better-sqlite3")).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
