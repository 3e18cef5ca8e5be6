import type { Translator } from "../i18n/translator.js";

/** Where local mode's configuration came from, for the banner to name. */
export interface ConfigSource {
  /** The `.env` file read under the environment, when there was one. */
  readonly envFile?: {
    readonly path: string;
    /** How many of its variables the environment also sets (the environment wins). */
    readonly shadowed: number;
    readonly variables: number;
  };
  /** The working folder, where a `.env` would have been read. */
  readonly folder: string;
}

/** "the environment and .env (…)", in `t`'s language. */
export function describeConfigSource(source: ConfigSource, t: Translator): string {
  const { envFile } = source;
  if (!envFile) return t.t("console.sourceEnvironment", { folder: source.folder });
  return envFile.shadowed > 0
    ? t.t("console.sourceEnvFileShadowed", {
        file: envFile.path,
        shadowed: envFile.shadowed,
        variables: envFile.variables,
      })
    : t.t("console.sourceEnvFile", { file: envFile.path });
}

/**
 * What local mode says first, in the console person's language: where you are, why, how to get
 * out of it, and what to try. The commands to try are what a person types, so they stay as typed.
 */
export function banner(
  userId: string,
  color: boolean,
  demoErrors: number,
  t: Translator,
  configSource?: ConfigSource,
  /** Local mode's planted spike (a second demo export), to import for a spike alert. */
  spikeFile?: string,
): string {
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  const tried = (command: string, note: string) => `  ${command.padEnd(38)} ${note}`;
  return [
    bold(t.t("console.bannerTitle")),
    t.t("console.bannerWhere"),
    ...(configSource
      ? [t.t("console.bannerConfig", { source: describeConfigSource(configSource, t) })]
      : []),
    t.t("console.bannerDemo", { count: demoErrors }),
    "",
    t.t("console.bannerTry"),
    "  /syncerror explain Type mismatch",
    tried("/syncerror explain tpye mismatch", t.t("console.bannerTypos")),
    tried("/syncerror explain ugyldig e-mail", t.t("console.bannerDanish")),
    "  /syncerror explain STRING_TOO_LONG: Last Name: data value too large (max length=80)",
    "  /syncerror list",
    "  /syncerror status",
    tried("/syncerror resync Invalid email", t.t("console.bannerResync")),
    tried("/syncerror scan", t.t("console.bannerScan")),
    tried(`/syncerror import ${t.t("console.bannerImportPath")}`, t.t("console.bannerImport")),
    ...(spikeFile
      ? [`  /syncerror import ${spikeFile}`, `  ${"".padEnd(38)} ${t.t("console.bannerSpike")}`]
      : []),
    t.t("console.bannerButtons"),
    t.t("console.bannerYou", { user: userId }),
  ].join("\n");
}
