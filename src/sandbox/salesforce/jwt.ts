/**
 * The checks Salesforce's token endpoint makes of a JWT bearer assertion
 * (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`), in the order it answers them.
 *
 * Reference: "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration",
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm — the header is
 * `{"alg":"RS256"}`; the claims are `iss` (the connected app's consumer key), `sub` (the
 * username), `aud` (https://login.salesforce.com, https://test.salesforce.com or the org's My
 * Domain URL) and `exp` (seconds since the epoch); the signature is checked against the
 * certificate uploaded to the connected app. Error answers as Salesforce gives them (each seen in
 * public reports): `invalid_client_id` "client identifier invalid" for an unknown `iss`
 * (arthurimirzian/salesforce-jwt-bearer-token-flow#4), `invalid_grant` "invalid assertion" for a
 * signature that does not verify (frankkessler/salesforce-laravel-oauth2-rest#68,
 * forcedotcom/sfdx-travisci#135), "audience is invalid" and "user hasn't approved this consumer"
 * (salesforce.stackexchange.com/q/184363), "expired authorization code" for a past `exp`
 * (salesforce.stackexchange.com/q/282513).
 */

import { createPublicKey, type KeyObject, verify, X509Certificate } from "node:crypto";

/** What the token endpoint needs to judge an assertion. */
export interface JwtExpectations {
  readonly clientId: string;
  /** PEM: an X.509 certificate or a public key; undefined when none was uploaded. */
  readonly certificate: string | undefined;
  /** The user the connected app is pre-authorized for. */
  readonly username: string;
  /** Whether that user may use the app (an admin pre-authorized its profile or permission set). */
  readonly preAuthorized: boolean;
  /** The audiences accepted: the login server's URL and the instance's (My Domain) URL. */
  readonly audiences: readonly string[];
  /** Now, in milliseconds since the epoch, by the org's clock. */
  readonly now: number;
}

/** A refusal, as the OAuth error and description Salesforce answers with (HTTP 400). */
export interface JwtRefusal {
  readonly error: string;
  readonly description: string;
}

const refuse = (error: string, description: string): JwtRefusal => ({ error, description });
const INVALID = refuse("invalid_grant", "invalid assertion");

function decodeJson(part: string | undefined): Record<string, unknown> | undefined {
  if (part === undefined || !/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function publicKeyOf(pem: string): KeyObject {
  return pem.includes("BEGIN CERTIFICATE")
    ? new X509Certificate(pem).publicKey
    : createPublicKey(pem);
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** Why Salesforce would refuse this assertion, or undefined when it issues a token. */
export function checkAssertion(
  assertion: string,
  expected: JwtExpectations,
): JwtRefusal | undefined {
  const parts = assertion.split(".");
  if (parts.length !== 3) return INVALID;
  const [headerPart, claimsPart, signaturePart = ""] = parts;
  const header = decodeJson(headerPart);
  const claims = decodeJson(claimsPart);
  if (!header || !claims || header.alg !== "RS256") return INVALID;
  if (claims.iss !== expected.clientId) {
    return refuse("invalid_client_id", "client identifier invalid");
  }
  if (expected.certificate === undefined) return INVALID;
  const signed = Buffer.from(`${headerPart}.${claimsPart}`);
  const signature = Buffer.from(signaturePart, "base64url");
  if (!verify("RSA-SHA256", signed, publicKeyOf(expected.certificate), signature)) return INVALID;
  const audiences = expected.audiences.map(trimSlash);
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((a) => typeof a === "string" && audiences.includes(trimSlash(a)))) {
    return refuse("invalid_grant", "audience is invalid");
  }
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= expected.now) {
    return refuse("invalid_grant", "expired authorization code");
  }
  if (claims.sub !== expected.username || !expected.preAuthorized) {
    return refuse("invalid_grant", "user hasn't approved this consumer");
  }
  return undefined;
}
