/**
 * `POST /services/oauth2/token`: the OAuth flows a server-to-server integration uses, answered as
 * Salesforce answers them (OAuth endpoints: https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_endpoints.htm).
 *
 * - `password` (username-password flow, with the connected app's client id and secret): both the
 *   login server and the instance (My Domain) serve it, unless the org blocks the flow (orgs
 *   created from Summer '23 on do by default; the answer is then the same `invalid_grant`
 *   "authentication failure" as for a wrong password — help: "Block Authorization Flows to
 *   Improve Security", xcloud.remoteaccess_disable_username_password_flow_ca.htm).
 * - `urn:ietf:params:oauth:grant-type:jwt-bearer`: checked as `jwt.ts` says.
 * - `client_credentials`: only on the org's My Domain (the instance listener here); the login
 *   server answers `invalid_grant` "request not supported on this domain"
 *   (pozil/pub-sub-api-node-client#58). A wrong client id is `invalid_client_id` "client
 *   identifier invalid", a wrong secret `invalid_client` "invalid client credentials", a
 *   connected app without the flow turned on (no Run As user) `invalid_grant` "no client
 *   credentials user enabled" (assumed wording).
 *
 * A wrong credential is an ordinary answer (an admin's typo), not flagged; a request no client
 * sends (no or an unknown grant type, no assertion) is flagged.
 */

import { createHmac } from "node:crypto";
import { SANDBOX_ORG_ID, SANDBOX_USER_ID } from "./ids.js";
import { checkAssertion } from "./jwt.js";

/** The connected app, and the integration user it runs as. */
export interface SalesforceLogin {
  readonly username: string;
  /** What the client sends as `password`: the password with the security token appended. */
  readonly password: string;
  /** The connected app's consumer key. */
  readonly clientId: string;
  /** The connected app's consumer secret. */
  readonly clientSecret: string;
  /**
   * PEM of the certificate (or public key) uploaded to the connected app ("Use digital
   * signatures"): JWT bearer assertions are verified with it. Undefined: none uploaded, so every
   * assertion is refused as invalid.
   */
  readonly certificate?: string;
  /** The user is pre-authorized for the app (JWT bearer); true unless given. */
  readonly preAuthorized?: boolean;
  /** "Enable Client Credentials Flow" with the user as Run As; false unless given. */
  readonly clientCredentials?: boolean;
  /** "Allow OAuth Username-Password Flows" in the org; true unless given. */
  readonly passwordFlow?: boolean;
  /**
   * The user's profile has "View Setup and Configuration", which `/limits` needs; true unless
   * given. Without it `/limits` answers 403.
   */
  readonly viewSetupAndConfiguration?: boolean;
}

export const DEFAULT_SALESFORCE_LOGIN: SalesforceLogin = {
  username: "integration@sandbox.example",
  password: "sandbox-passwordSECURITYTOKEN",
  clientId: "sandbox-client-id",
  clientSecret: "sandbox-client-secret",
};

export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

export interface TokenOutcome {
  readonly status: number;
  readonly body: Record<string, string>;
  readonly unexpected?: string;
}

/** Where the request arrived and what a token answer needs. */
export interface TokenContext {
  /** `login` is login.salesforce.com's stand-in; `instance` the org's My Domain. */
  readonly role: "instance" | "login";
  readonly login: SalesforceLogin;
  readonly urls: { readonly instanceUrl: string; readonly loginUrl: string };
  /** Issues a new session's access token. */
  readonly issue: () => string;
  readonly now: number;
}

function oauthError(error: string, description: string, unexpected?: string): TokenOutcome {
  const body = { error, error_description: description };
  return unexpected === undefined
    ? { status: 400, body }
    : { status: 400, body, unexpected: `${error}: ${unexpected}` };
}

/** The token answer; `extra` the fields a flow adds (issued_at and signature, scope). */
function granted(context: TokenContext, extra: "signed" | "jwt"): TokenOutcome {
  const { urls, login } = context;
  const id = `${urls.loginUrl}/id/${SANDBOX_ORG_ID}/${SANDBOX_USER_ID}`;
  const base = {
    access_token: context.issue(),
    instance_url: urls.instanceUrl,
    id,
    token_type: "Bearer",
  };
  if (extra === "jwt") return { status: 200, body: { ...base, scope: "api" } };
  const issuedAt = String(context.now);
  const signature = createHmac("sha256", login.clientSecret)
    .update(id + issuedAt)
    .digest("base64");
  return { status: 200, body: { ...base, issued_at: issuedAt, signature } };
}

function passwordGrant(form: URLSearchParams, context: TokenContext): TokenOutcome {
  const { login } = context;
  if (form.get("client_id") !== login.clientId) {
    return oauthError("invalid_client_id", "client identifier invalid");
  }
  if (form.get("client_secret") !== login.clientSecret) {
    return oauthError("invalid_client", "invalid client credentials");
  }
  const blocked = login.passwordFlow === false;
  if (
    blocked ||
    form.get("username") !== login.username ||
    form.get("password") !== login.password
  ) {
    return oauthError("invalid_grant", "authentication failure");
  }
  return granted(context, "signed");
}

function jwtGrant(form: URLSearchParams, context: TokenContext): TokenOutcome {
  const assertion = form.get("assertion");
  if (!assertion) {
    return oauthError("invalid_request", "assertion is required", "no assertion");
  }
  const { login, urls } = context;
  const refusal = checkAssertion(assertion, {
    clientId: login.clientId,
    certificate: login.certificate,
    username: login.username,
    preAuthorized: login.preAuthorized ?? true,
    audiences: [urls.loginUrl, urls.instanceUrl],
    now: context.now,
  });
  return refusal ? oauthError(refusal.error, refusal.description) : granted(context, "jwt");
}

function clientCredentialsGrant(form: URLSearchParams, context: TokenContext): TokenOutcome {
  if (context.role === "login") {
    return oauthError("invalid_grant", "request not supported on this domain");
  }
  const { login } = context;
  if (form.get("client_id") !== login.clientId) {
    return oauthError("invalid_client_id", "client identifier invalid");
  }
  if (form.get("client_secret") !== login.clientSecret) {
    return oauthError("invalid_client", "invalid client credentials");
  }
  if (login.clientCredentials !== true) {
    return oauthError("invalid_grant", "no client credentials user enabled");
  }
  return granted(context, "signed");
}

/** Answers `POST /services/oauth2/token` with its form fields. */
export function tokenAnswer(form: URLSearchParams, context: TokenContext): TokenOutcome {
  const grantType = form.get("grant_type");
  switch (grantType) {
    case "password":
      return passwordGrant(form, context);
    case JWT_BEARER_GRANT:
      return jwtGrant(form, context);
    case "client_credentials":
      return clientCredentialsGrant(form, context);
    default:
      return oauthError(
        "unsupported_grant_type",
        "grant type not supported",
        `grant_type ${grantType}`,
      );
  }
}
