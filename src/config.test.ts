import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const BOT = "xoxb-1111-2222-abcdefabcdef";
const SECRET = "0123456789abcdef0123456789abcdef";
const APP = "xapp-1-A111-222-abcdef";

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("runs in local mode without a bot token", () => {
    expect(loadConfig({})).toEqual({
      slack: { mode: "local" },
      slackApiUrl: undefined,
      slackFilesUrl: "https://files.slack.com/",
      slackStartTimeoutMs: 120_000,
      logLevel: "warn",
      localUser: "U0LOCALUSER",
      botLanguage: "en",
      databasePath: "./data/syncerror.db",
      databaseUrl: undefined,
      import: { maxBytes: 200 * 1024 * 1024, columns: {} },
      digestChannel: undefined,
      digest: {
        schedule: { cron: "0 9 * * 1-5", timezone: "UTC" },
        catchupHours: 12,
        skipEmpty: false,
        chart: "mondays",
      },
      alerts: {
        factor: 3,
        minRecords: 20,
        baselineDays: 14,
        cooldownMs: 6 * 60 * 60 * 1000,
        pollMs: 30_000,
      },
      hubspot: undefined,
      salesforce: undefined,
      resync: {
        hubspotProperty: "syncerror_resync_requested_at",
        salesforceField: "HubSpot_Resync_Requested__c",
        hubspotRateLimit: 190,
        salesforceReserve: 0.2,
        cooldownMs: 60 * 60 * 1000,
        allowed: { users: [], usergroup: undefined },
      },
      scan: {
        mappingsPath: undefined,
        inclusionListId: undefined,
        graceMs: 3_600_000,
        cron: "0 * * * *",
      },
    });
  });

  it("reads the scan's settings, durations in the units people write", () => {
    const config = loadConfig({
      MAPPINGS_PATH: "./mappings.yml",
      HUBSPOT_INCLUSION_LIST_ID: "42",
      SCAN_GRACE: "30m",
      SCAN_CRON: "*/15 * * * *",
    });
    expect(config.scan).toEqual({
      mappingsPath: "./mappings.yml",
      inclusionListId: "42",
      graceMs: 1_800_000,
      cron: "*/15 * * * *",
    });
    expect(() => loadConfig({ SCAN_GRACE: "an hour", SCAN_CRON: "hourly" })).toThrow(
      /SCAN_GRACE must be a duration[\s\S]*SCAN_CRON must be a cron expression/,
    );
  });

  it("reads RESYNC_LEASE_SECONDS as whole seconds, unset by default, and reports a bad one", () => {
    expect(loadConfig({ RESYNC_LEASE_SECONDS: "5" }).resync.leaseMs).toBe(5000);
    expect(loadConfig({ RESYNC_LEASE_SECONDS: "" }).resync.leaseMs).toBeUndefined();
    expect(() => loadConfig({ RESYNC_LEASE_SECONDS: "0" })).toThrow(
      /RESYNC_LEASE_SECONDS must be between 1 and 3600/,
    );
  });

  it("reads RESYNC_COOLDOWN as a duration, 0 turning it off, and reports a bad one with the rest", () => {
    expect(loadConfig({ RESYNC_COOLDOWN: "30m" }).resync.cooldownMs).toBe(1_800_000);
    expect(loadConfig({ RESYNC_COOLDOWN: "0" }).resync.cooldownMs).toBe(0);
    expect(loadConfig({ RESYNC_COOLDOWN: "" }).resync.cooldownMs).toBe(3_600_000);
    expect(() => loadConfig({ RESYNC_COOLDOWN: "an hour", SCAN_GRACE: "soon" })).toThrow(
      /SCAN_GRACE must be a duration[\s\S]*RESYNC_COOLDOWN must be a duration such as 1h, 30m or 90s, or 0 to turn it off/,
    );
  });

  it("reads the spike alerts' thresholds, cooldown and poll, with the issue's defaults", () => {
    expect(loadConfig({}).alerts).toEqual({
      factor: 3,
      minRecords: 20,
      baselineDays: 14,
      cooldownMs: 6 * 3_600_000,
      pollMs: 30_000,
    });
    expect(
      loadConfig({
        ALERT_FACTOR: "2.5",
        ALERT_MIN_RECORDS: "50",
        ALERT_BASELINE_DAYS: "7",
        ALERT_COOLDOWN: "90m",
        ALERT_POLL: "1m",
      }).alerts,
    ).toEqual({
      factor: 2.5,
      minRecords: 50,
      baselineDays: 7,
      cooldownMs: 5_400_000,
      pollMs: 60_000,
    });
    expect(loadConfig({ ALERT_COOLDOWN: "0" }).alerts.cooldownMs).toBe(0);
    expect(
      problemsOf({
        ALERT_FACTOR: "lots",
        ALERT_MIN_RECORDS: "2.5",
        ALERT_BASELINE_DAYS: "365",
        ALERT_COOLDOWN: "a while",
        ALERT_POLL: "0s",
      }),
    ).toEqual([
      expect.stringMatching(/^ALERT_FACTOR must be a number/),
      expect.stringMatching(/^ALERT_MIN_RECORDS must be a whole number/),
      expect.stringMatching(/^ALERT_BASELINE_DAYS must be between 1 and 90/),
      expect.stringMatching(/^ALERT_COOLDOWN must be a duration/),
      expect.stringMatching(/^ALERT_POLL must be at least 1s/),
    ]);
  });

  it("reads the inclusion list by ILS id or name (HUBSPOT_INCLUSION_LIST), or the older id variable", () => {
    expect(
      loadConfig({ HUBSPOT_INCLUSION_LIST: " Synced to Salesforce " }).scan.inclusionListId,
    ).toBe("Synced to Salesforce");
    expect(loadConfig({ HUBSPOT_INCLUSION_LIST: "57" }).scan.inclusionListId).toBe("57");
    expect(loadConfig({ HUBSPOT_INCLUSION_LIST_ID: "57" }).scan.inclusionListId).toBe("57");
    expect(problemsOf({ HUBSPOT_INCLUSION_LIST: "57", HUBSPOT_INCLUSION_LIST_ID: "57" })).toEqual([
      expect.stringContaining("HUBSPOT_INCLUSION_LIST and HUBSPOT_INCLUSION_LIST_ID are both set"),
    ]);
    expect(problemsOf({ HUBSPOT_INCLUSION_LIST_ID: "Synced" })).toEqual([
      expect.stringContaining("set HUBSPOT_INCLUSION_LIST instead"),
    ]);
  });

  it("reads who may resync: user ids separated by commas or spaces, and a user group", () => {
    const config = loadConfig({
      RESYNC_ALLOWED_USERS: " U0ADMIN1, U0ADMIN2 W0GRID3 ",
      RESYNC_ALLOWED_USERGROUP: "S0ADMINS",
    });
    expect(config.resync.allowed).toEqual({
      users: ["U0ADMIN1", "U0ADMIN2", "W0GRID3"],
      usergroup: "S0ADMINS",
    });
  });

  it("refuses a resync allow-list that is not Slack ids, without echoing it", () => {
    const problem = (() => {
      try {
        loadConfig({
          RESYNC_ALLOWED_USERS: "alice@example.com",
          RESYNC_ALLOWED_USERGROUP: "admins",
        });
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(problem).toContain("RESYNC_ALLOWED_USERS must be Slack user ids");
    expect(problem).toContain("RESYNC_ALLOWED_USERGROUP must be a Slack user group id");
    expect(problem).not.toContain("alice");
  });

  it("uses signed HTTP with a bot token and a signing secret, on port 3000 by default", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).slack).toEqual({
      mode: "http",
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
    });
  });

  it("uses Socket Mode when an app token is set", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).slack).toEqual({
      mode: "socket",
      botToken: BOT,
      appToken: APP,
      port: 3000,
    });
    // PORT moves the probes and /metrics, as in HTTP mode: two replicas on one host need two.
    expect(
      loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: "3100" }).slack,
    ).toMatchObject({ mode: "socket", port: 3100 });
  });

  it("treats empty strings as unset", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: " ",
      SLACK_APP_TOKEN: "",
      PORT: "",
      LOG_LEVEL: "",
      SLACK_API_URL: "",
    });
    expect(config).toMatchObject({
      slack: { mode: "local" },
      slackApiUrl: undefined,
      logLevel: "warn",
      localUser: "U0LOCALUSER",
    });
  });

  it("reads the port, the log level and the API URL", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: "8080",
      LOG_LEVEL: "DEBUG",
      SLACK_API_URL: "http://127.0.0.1:9999/api/",
      SLACK_FILES_URL: "http://127.0.0.1:9998/",
    });
    expect(config).toMatchObject({
      slack: { port: 8080 },
      logLevel: "debug",
      slackApiUrl: "http://127.0.0.1:9999/api/",
      slackFilesUrl: "http://127.0.0.1:9998/",
    });
  });

  it("reports every problem at once, each naming its variable", () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: "xoxp-user-token",
      SLACK_SIGNING_SECRET: "not hex!",
      SLACK_APP_TOKEN: "xoxb-wrong",
      SLACK_API_URL: "ftp://example.com",
      PORT: "70000",
      LOG_LEVEL: "loud",
    });
    expect(problems).toHaveLength(6);
    for (const name of [
      "SLACK_BOT_TOKEN",
      "SLACK_SIGNING_SECRET",
      "SLACK_APP_TOKEN",
      "SLACK_API_URL",
      "PORT",
      "LOG_LEVEL",
    ]) {
      expect(
        problems.some((p) => p.startsWith(`${name} `)),
        name,
      ).toBe(true);
    }
  });

  it("reports the problems between variables together with the bad values, not one stage at a time", () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: BOT,
      DIGEST_CRON: "every morning",
      PORT: "none",
      SALESFORCE_USERNAME: "integration@example.com",
      SALESFORCE_PRIVATE_KEY_PATH: "./key.pem",
      IMPORT_COLUMNS: "garbage",
      HUBSPOT_INCLUSION_LIST: "Synced",
      HUBSPOT_INCLUSION_LIST_ID: "42",
    });
    expect(problems).toHaveLength(6);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DIGEST_CRON must be a cron expression/),
        expect.stringMatching(/^PORT must be a port number/),
        expect.stringMatching(/^SLACK_SIGNING_SECRET is required/),
        expect.stringMatching(
          /^SALESFORCE_CLIENT_ID must be set too, for the Salesforce OAuth JWT/,
        ),
        expect.stringMatching(/^IMPORT_COLUMNS /),
        expect.stringMatching(/^HUBSPOT_INCLUSION_LIST and HUBSPOT_INCLUSION_LIST_ID are both set/),
      ]),
    );
  });

  it("counts a variable with a bad value as set, so it is not reported missing as well", () => {
    expect(
      problemsOf({
        SLACK_BOT_TOKEN: BOT,
        SLACK_SIGNING_SECRET: "not hex!",
        SALESFORCE_CLIENT_ID: "client",
        SALESFORCE_CLIENT_SECRET: "secret",
        SALESFORCE_LOGIN_URL: "acme.my.salesforce.com",
      }),
    ).toEqual([
      "SLACK_SIGNING_SECRET must be the app's signing secret (hexadecimal, from Basic Information)",
      "SALESFORCE_LOGIN_URL must be an http(s) URL, such as https://login.salesforce.com",
    ]);
  });

  it("never repeats a value in a problem, so secrets stay out of terminals and logs", () => {
    const values = {
      SLACK_BOT_TOKEN: "xoxp-secret-user-token",
      SLACK_SIGNING_SECRET: "zz-secret-zz",
      PORT: "port-9",
    };
    const text = problemsOf(values).join("\n");
    for (const value of Object.values(values)) expect(text).not.toContain(value);
  });

  it("asks for the signing secret in HTTP mode", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: BOT })).toEqual([
      "SLACK_SIGNING_SECRET is required to receive Slack's signed HTTP requests (or set SLACK_APP_TOKEN for Socket Mode)",
    ]);
  });

  it("logs at info when connected to Slack", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).logLevel).toBe("info");
  });

  it("reads the local console user, and refuses one that is not a Slack user id", () => {
    expect(loadConfig({ SYNCERROR_LOCAL_USER: "U0ADMIN" }).localUser).toBe("U0ADMIN");
    expect(problemsOf({ SYNCERROR_LOCAL_USER: "bob" })).toEqual([
      "SYNCERROR_LOCAL_USER must be a Slack user id, such as U0123ABCD",
    ]);
  });

  it("reads BOT_LANGUAGE, English by default, and lists a language the bot lacks with the rest", () => {
    expect(loadConfig({}).botLanguage).toBe("en");
    expect(loadConfig({ BOT_LANGUAGE: "da" }).botLanguage).toBe("da");
    expect(loadConfig({ BOT_LANGUAGE: " Dansk " }).botLanguage).toBe("da");
    expect(loadConfig({ BOT_LANGUAGE: "" }).botLanguage).toBe("en");
    expect(problemsOf({ BOT_LANGUAGE: "fr", SYNCERROR_LOCAL_USER: "bob" })).toEqual([
      "BOT_LANGUAGE must be a language the bot speaks: en or da (English or Danish)",
      "SYNCERROR_LOCAL_USER must be a Slack user id, such as U0123ABCD",
    ]);
  });

  it("reads the store and import settings", () => {
    const config = loadConfig({
      DATABASE_PATH: "/var/lib/syncerror/db.sqlite",
      IMPORT_MAX_BYTES: "5000000",
      IMPORT_COLUMNS: "message=Details,hubspotId=Contact ID",
      DIGEST_CHANNEL: "C0SYNCERR",
    });
    expect(config).toMatchObject({
      databasePath: "/var/lib/syncerror/db.sqlite",
      import: { maxBytes: 5_000_000, columns: { message: "Details", hubspotId: "Contact ID" } },
      digestChannel: "C0SYNCERR",
    });
  });

  it("reads a PostgreSQL DATABASE_URL, and refuses another kind of URL without echoing it", () => {
    const url = "postgresql://syncerror:pw@db.example.com:5432/syncerror?sslmode=require";
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: "postgres://db/syncerror" }).databaseUrl).toBe(
      "postgres://db/syncerror",
    );
    const problems = problemsOf({
      DATABASE_URL: "mysql://root:hunter2@db/syncerror",
      DIGEST_CHANNEL: "#general",
    });
    expect(problems).toEqual([
      "DATABASE_URL must be a postgres:// or postgresql:// URL, such as postgres://syncerror@db.example.com:5432/syncerror",
      expect.stringMatching(/^DIGEST_CHANNEL /),
    ]);
    expect(problems.join("\n")).not.toContain("hunter2");
    expect(problemsOf({ DATABASE_URL: "db.example.com/syncerror" })).toHaveLength(1);
  });

  it("names a bad column override, import limit or channel", () => {
    expect(
      problemsOf({
        IMPORT_COLUMNS: "colour=Red",
        IMPORT_MAX_BYTES: "lots",
        DIGEST_CHANNEL: "#sync",
      }),
    ).toEqual([
      "IMPORT_MAX_BYTES must be a number of bytes, such as 209715200 (200 MB)",
      "DIGEST_CHANNEL must be a Slack channel id, such as C0123ABCD (not #name)",
      expect.stringMatching(/^IMPORT_COLUMNS entry "colour=Red" is not field=Header/),
    ]);
  });

  it("reads the digest schedule, and names a bad cron expression, zone or catch-up", () => {
    expect(
      loadConfig({
        DIGEST_CRON: "30 8 * * *",
        DIGEST_TIMEZONE: "Europe/Copenhagen",
        DIGEST_CATCHUP_HOURS: "6",
        DIGEST_SKIP_EMPTY: "TRUE",
        DIGEST_CHART: " Daily ",
      }).digest,
    ).toEqual({
      schedule: { cron: "30 8 * * *", timezone: "Europe/Copenhagen" },
      catchupHours: 6,
      skipEmpty: true,
      chart: "daily",
    });
    expect(loadConfig({}).digest.chart).toBe("mondays");
    expect(
      problemsOf({
        DIGEST_CRON: "every morning",
        DIGEST_TIMEZONE: "Mars/Olympus",
        DIGEST_CATCHUP_HOURS: "100",
        DIGEST_SKIP_EMPTY: "maybe",
        DIGEST_CHART: "weekly",
      }),
    ).toEqual([
      "DIGEST_CRON must be a cron expression, such as 0 9 * * 1-5 (09:00 on weekdays)",
      "DIGEST_TIMEZONE must be an IANA time zone, such as Europe/Copenhagen",
      "DIGEST_CATCHUP_HOURS must be between 0 and 72",
      "DIGEST_CHART must be mondays, daily or off",
      "DIGEST_SKIP_EMPTY must be true or false",
    ]);
  });

  it("reads SLACK_START_TIMEOUT in seconds, and names one out of range", () => {
    expect(loadConfig({ SLACK_START_TIMEOUT: "30" }).slackStartTimeoutMs).toBe(30_000);
    expect(problemsOf({ SLACK_START_TIMEOUT: "0" })).toEqual([
      "SLACK_START_TIMEOUT must be between 1 and 3600 seconds",
    ]);
  });

  it("reads HubSpot and a Salesforce session, or the Salesforce login", () => {
    const session = loadConfig({
      HUBSPOT_ACCESS_TOKEN: "pat-na1-0123456789",
      SALESFORCE_INSTANCE_URL: "https://acme.my.salesforce.com",
      SALESFORCE_ACCESS_TOKEN: "00D!token",
    });
    expect(session.hubspot).toEqual({ accessToken: "pat-na1-0123456789", baseUrl: undefined });
    expect(session.salesforce).toEqual({
      kind: "token",
      instanceUrl: "https://acme.my.salesforce.com",
      accessToken: "00D!token",
      version: "62.0",
    });
    const login = loadConfig({
      SALESFORCE_LOGIN_URL: "https://login.salesforce.com",
      SALESFORCE_USERNAME: "integration@acme.com",
      SALESFORCE_PASSWORD: "secret+token",
      SALESFORCE_CLIENT_ID: "3MVG9",
      SALESFORCE_CLIENT_SECRET: "ABC",
      SALESFORCE_API_VERSION: "61.0",
    });
    expect(login.salesforce).toMatchObject({
      kind: "password",
      username: "integration@acme.com",
      version: "61.0",
    });
  });

  it("reads the JWT bearer and client credentials logins, each told apart by its own variable", () => {
    expect(
      loadConfig({
        SALESFORCE_CLIENT_ID: "3MVG9",
        SALESFORCE_USERNAME: "integration@acme.com",
        SALESFORCE_PRIVATE_KEY_PATH: "/run/secrets/salesforce.key",
      }).salesforce,
    ).toEqual({
      kind: "jwt",
      loginUrl: "https://login.salesforce.com",
      clientId: "3MVG9",
      username: "integration@acme.com",
      privateKeyPath: "/run/secrets/salesforce.key",
      version: "62.0",
    });
    expect(
      loadConfig({
        SALESFORCE_LOGIN_URL: "https://acme.my.salesforce.com",
        SALESFORCE_CLIENT_ID: "3MVG9",
        SALESFORCE_CLIENT_SECRET: "ABC",
      }).salesforce,
    ).toEqual({
      kind: "client-credentials",
      loginUrl: "https://acme.my.salesforce.com",
      clientId: "3MVG9",
      clientSecret: "ABC",
      version: "62.0",
    });
  });

  it("names the variables of an incomplete or mixed Salesforce login, never their values", () => {
    expect(
      problemsOf({ SALESFORCE_PRIVATE_KEY_PATH: "/k.pem", SALESFORCE_USERNAME: "u@acme.com" }),
    ).toEqual(["SALESFORCE_CLIENT_ID must be set too, for the Salesforce OAuth JWT bearer login"]);
    expect(
      problemsOf({
        SALESFORCE_LOGIN_URL: "https://login.salesforce.com",
        SALESFORCE_CLIENT_ID: "3MVG9",
        SALESFORCE_CLIENT_SECRET: "top-secret-value",
      }),
    ).toEqual([
      "SALESFORCE_LOGIN_URL must be the org's My Domain URL (https://<domain>.my.salesforce.com) for the client credentials login; login.salesforce.com and test.salesforce.com do not serve it",
    ]);
    const mixed = problemsOf({
      SALESFORCE_CLIENT_ID: "3MVG9",
      SALESFORCE_USERNAME: "u@acme.com",
      SALESFORCE_PASSWORD: "hunter2hunter2",
      SALESFORCE_PRIVATE_KEY_PATH: "/k.pem",
    });
    expect(mixed).toEqual([
      "SALESFORCE_PRIVATE_KEY_PATH and SALESFORCE_PASSWORD are both set: use the JWT bearer login (unset SALESFORCE_PASSWORD) or the username-password one, not both",
    ]);
    expect(
      problemsOf({
        SALESFORCE_INSTANCE_URL: "https://acme.my.salesforce.com",
        SALESFORCE_ACCESS_TOKEN: "00D!token-value",
        SALESFORCE_CLIENT_ID: "3MVG9",
      })[0],
    ).toMatch(/^SALESFORCE_ACCESS_TOKEN and SALESFORCE_CLIENT_ID are both set/);
    expect(problemsOf({ SALESFORCE_CLIENT_ID: "3MVG9" })[0]).toMatch(
      /^SALESFORCE_CLIENT_ID is set, but no Salesforce login is complete/,
    );
    const all = [mixed, problemsOf({ SALESFORCE_CLIENT_SECRET: "top-secret-value" })].flat();
    expect(all.join("\n")).not.toMatch(/hunter2|top-secret-value/);
  });

  it("names what is missing from half a Salesforce configuration, and a bad trigger name", () => {
    expect(problemsOf({ SALESFORCE_INSTANCE_URL: "https://acme.my.salesforce.com" })).toEqual([
      "SALESFORCE_ACCESS_TOKEN must be set too, for a Salesforce session",
    ]);
    expect(problemsOf({ SALESFORCE_USERNAME: "u", SALESFORCE_PASSWORD: "p" })).toEqual([
      "SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET must be set too, for the Salesforce OAuth username-password login",
    ]);
    expect(problemsOf({ RESYNC_SALESFORCE_FIELD: "Resync" })).toEqual([
      "RESYNC_SALESFORCE_FIELD must be a Salesforce custom field API name ending in __c",
    ]);
  });

  it("refuses an app token without a bot token", () => {
    expect(problemsOf({ SLACK_APP_TOKEN: APP })[0]).toMatch(
      /^SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/,
    );
  });
});
