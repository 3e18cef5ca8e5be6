/**
 * Logging in to Salesforce and staying logged in. A server-to-server integration logs in with
 * the OAuth 2.0 JWT bearer flow (a connected app's consumer key, the integration user's username
 * and the private key of the certificate uploaded to the app) or the client credentials flow
 * (consumer key and secret, at the org's My Domain); the username-password flow is kept for
 * existing setups, though Salesforce blocks it by default in orgs created from Summer '23 on and
 * is deprecating it. A ready access token also works, but cannot be renewed.
 *
 * Sessions end (the org's Session Timeout, an admin ending them); when Salesforce answers 401, the
 * connection logs in again with the same flow and sends the refused request once more
 * (`salesforce-http.ts`), so a resync or scan in progress carries on.
 *
 * References: Salesforce Help, "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration"
 * (remoteaccess_oauth_jwt_flow.htm), "OAuth 2.0 Client Credentials Flow for Server-to-Server
 * Integration" (remoteaccess_oauth_client_credentials_flow.htm), "Block Authorization Flows to
 * Improve Security" (remoteaccess_disable_username_password_flow_ca.htm).
 */

import { createPrivateKey, type KeyObject, sign } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Connection, OAuth2 } from "jsforce";
import { BotError } from "../errors.js";
import { fileProblem } from "../file-problem.js";
import { UpstreamError } from "./hubspot-resync-port.js";
import { renewSessionsWith } from "./salesforce-http.js";

/** How the bot reaches Salesforce (the configuration's SALESFORCE_ variables). */
export type SalesforceAuth =
  | {
      readonly kind: "token";
      readonly instanceUrl: string;
      readonly accessToken: string;
      readonly version: string;
    }
  | {
      readonly kind: "jwt";
      readonly loginUrl: string;
      readonly clientId: string;
      readonly username: string;
      readonly privateKeyPath: string;
      readonly version: string;
    }
  | {
      readonly kind: "client-credentials";
      /** The org's My Domain URL: login.salesforce.com does not serve this flow. */
      readonly loginUrl: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly version: string;
    }
  | {
      readonly kind: "password";
      readonly loginUrl: string;
      readonly username: string;
      readonly password: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly version: string;
    };

/** What `connectSalesforce` may be given besides the settings. */
export interface ConnectOptions {
  /** JWT bearer: the private key itself; read from `privateKeyPath` unless given. */
  readonly privateKey?: KeyObject;
  /** Told of each new login after a session ended (never given a secret). */
  readonly onRenewed?: (flow: SalesforceAuth["kind"]) => void;
  /** Milliseconds since the epoch, for the JWT's expiry; `Date.now` unless given. */
  readonly now?: () => number;
}

/** What a token endpoint answers with (the fields syncerror reads). */
interface TokenAnswer {
  readonly access_token: string;
  readonly instance_url: string;
}

const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/** Salesforce wants the assertion's `exp` within three minutes; sent with 2.5 to spare clock skew. */
const JWT_LIFETIME_S = 150;

const FLOW_NAMES: Readonly<Record<SalesforceAuth["kind"], string>> = {
  token: "access token",
  jwt: "OAuth JWT bearer",
  "client-credentials": "OAuth client credentials",
  password: "OAuth username-password",
};

// Salesforce's error descriptions, each with what the admin should check (variables named, never
// their values).
const HINTS: Readonly<Record<string, string>> = {
  "invalid assertion":
    "the JWT's signature does not match the certificate uploaded to the connected app; SALESFORCE_PRIVATE_KEY_PATH must hold the private key of that certificate",
  "audience is invalid":
    "SALESFORCE_LOGIN_URL must be https://login.salesforce.com, https://test.salesforce.com (sandboxes) or the org's My Domain URL",
  "user hasn't approved this consumer":
    "pre-authorize the integration user for the connected app (Permitted Users: Admin approved users are pre-authorized, then add the user's profile or permission set) and check SALESFORCE_USERNAME",
  "expired authorization code":
    "the JWT had expired when Salesforce read it; check this machine's clock",
  "client identifier invalid":
    "SALESFORCE_CLIENT_ID is not the consumer key of a connected app in this org",
  "invalid client credentials":
    "SALESFORCE_CLIENT_SECRET is not the connected app's consumer secret",
  "request not supported on this domain":
    "the client credentials flow needs the org's My Domain URL (https://<domain>.my.salesforce.com) in SALESFORCE_LOGIN_URL",
  "no client credentials user enabled":
    "turn on Enable Client Credentials Flow in the connected app and choose its Run As user",
  "authentication failure":
    "SALESFORCE_USERNAME or SALESFORCE_PASSWORD (the password followed by the security token) is wrong, or the org blocks the username-password flow; JWT bearer or client credentials are the supported ways",
};

/** The signed assertion of the JWT bearer flow: RS256 over `{iss, sub, aud, exp}`. */
export function signJwtAssertion(
  claims: {
    readonly iss: string;
    readonly sub: string;
    readonly aud: string;
    readonly exp: number;
  },
  key: KeyObject,
): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signed = `${encode({ alg: "RS256" })}.${encode(claims)}`;
  return `${signed}.${sign("RSA-SHA256", Buffer.from(signed), key).toString("base64url")}`;
}

/**
 * Reads the JWT bearer flow's private key (PEM, PKCS#1 or PKCS#8, unencrypted RSA).
 *
 * @throws BotError `config_invalid` naming SALESFORCE_PRIVATE_KEY_PATH when it cannot be used.
 */
export async function readPrivateKey(path: string): Promise<KeyObject> {
  const problem = (what: string, cause?: unknown) =>
    new BotError("config_invalid", `SALESFORCE_PRIVATE_KEY_PATH ${what}`, { cause });
  let pem: string;
  try {
    pem = await readFile(path, "utf8");
  } catch (error) {
    throw new BotError(
      "config_invalid",
      {
        key: "files.settingProblem",
        values: {
          setting: "SALESFORCE_PRIVATE_KEY_PATH",
          problem: fileProblem(path, "read", error),
        },
      },
      { cause: error },
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    const encrypted = /passphrase/i.test((error as Error).message);
    throw problem(
      encrypted
        ? `is an encrypted key; give the unencrypted RSA private key (openssl rsa -in key.pem -out key.pem): ${path}`
        : `is not a PEM private key (the RSA key of the certificate uploaded to the connected app): ${path}`,
    );
  }
  if (key.asymmetricKeyType !== "rsa") {
    throw problem(`must be an RSA private key (Salesforce verifies RS256): ${path}`);
  }
  return key;
}

/** A refused or failed login, as an UpstreamError that says what to check. */
function loginFailure(kind: SalesforceAuth["kind"], error: unknown): UpstreamError {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  // jsforce names the error after OAuth's `error` and gives `error_description` as the message.
  const oauthError = typeof name === "string" && /^[a-z_]+$/.test(name) ? name : undefined;
  const status = typeof name === "string" ? /^ERROR_HTTP_(\d{3})$/.exec(name)?.[1] : undefined;
  const hint = HINTS[message];
  const flow = FLOW_NAMES[kind];
  const text = oauthError
    ? `Salesforce refused the ${flow} login (${oauthError}: ${message})${hint ? `: ${hint}` : ""}.`
    : `The ${flow} login to Salesforce did not complete (${message || "the answer held no token"}).`;
  return new UpstreamError(
    "salesforce",
    status ? Number(status) : oauthError ? 400 : undefined,
    text,
    { cause: error },
  );
}

/** One login with the configured flow: a fresh session's token and instance URL. */
function tokenRequest(
  auth: Exclude<SalesforceAuth, { kind: "token" }>,
  key: KeyObject | undefined,
  now: () => number,
): () => Promise<TokenAnswer> {
  return async () => {
    try {
      switch (auth.kind) {
        case "jwt": {
          if (!key) throw new Error("no private key");
          const assertion = signJwtAssertion(
            {
              iss: auth.clientId,
              sub: auth.username,
              aud: new URL(auth.loginUrl).origin,
              exp: Math.floor(now() / 1000) + JWT_LIFETIME_S,
            },
            key,
          );
          // No client id in the form: the assertion's `iss` names the app.
          const oauth = new OAuth2({ loginUrl: auth.loginUrl });
          return await oauth.requestToken({ grant_type: JWT_BEARER_GRANT, assertion });
        }
        case "client-credentials": {
          const { loginUrl, clientId, clientSecret } = auth;
          const oauth = new OAuth2({ loginUrl, clientId, clientSecret });
          return await oauth.requestToken({ grant_type: "client_credentials" });
        }
        case "password": {
          const { loginUrl, clientId, clientSecret } = auth;
          const oauth = new OAuth2({ loginUrl, clientId, clientSecret });
          return await oauth.authenticate(auth.username, auth.password);
        }
      }
    } catch (error) {
      throw loginFailure(auth.kind, error);
    }
  };
}

/**
 * A jsforce Connection to the org, logged in with the configured flow. With a flow that can log
 * in again, a session Salesforce ends is renewed on the next refused request, once per request;
 * concurrent requests share one login.
 *
 * @throws UpstreamError when Salesforce refuses the login (the message says what to check);
 *   BotError `config_invalid` when the JWT private key cannot be used.
 */
export async function connectSalesforce(
  auth: SalesforceAuth,
  options: ConnectOptions = {},
): Promise<Connection> {
  if (auth.kind === "token") {
    // Renewing needs a login; a bare token fails once Salesforce ends its session.
    const { instanceUrl, accessToken, version } = auth;
    return new Connection({ instanceUrl, accessToken, version });
  }
  const key =
    auth.kind === "jwt"
      ? (options.privateKey ?? (await readPrivateKey(auth.privateKeyPath)))
      : undefined;
  const login = tokenRequest(auth, key, options.now ?? Date.now);
  const first = await login();
  const connection = new Connection({
    instanceUrl: first.instance_url,
    accessToken: first.access_token,
    version: auth.version,
  });
  let pending: Promise<string> | undefined;
  renewSessionsWith(connection, async (refused) => {
    // Another request already logged in again since this one was sent: use its session.
    const current = connection.accessToken;
    if (!pending && current && current !== refused) return current;
    pending ??= login()
      .then((answer) => {
        connection.accessToken = answer.access_token;
        connection.instanceUrl = answer.instance_url;
        options.onRenewed?.(auth.kind);
        return answer.access_token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  });
  return connection;
}
