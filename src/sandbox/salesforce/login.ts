import { createHmac } from "node:crypto";
import { SANDBOX_ORG_ID, SANDBOX_USER_ID } from "./ids.js";

/** The connected app and user the token endpoint accepts (OAuth username-password flow). */
export interface SalesforceLogin {
  readonly username: string;
  /** What the client sends as `password`: the password with the security token appended. */
  readonly password: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export const DEFAULT_SALESFORCE_LOGIN: SalesforceLogin = {
  username: "integration@sandbox.example",
  password: "sandbox-passwordSECURITYTOKEN",
  clientId: "sandbox-client-id",
  clientSecret: "sandbox-client-secret",
};

export interface TokenOutcome {
  readonly status: number;
  readonly body: Record<string, string>;
  readonly unexpected?: string;
}

function oauthError(error: string, description: string, unexpected?: string): TokenOutcome {
  const body = { error, error_description: description };
  return unexpected === undefined
    ? { status: 400, body }
    : { status: 400, body, unexpected: `${error}: ${unexpected}` };
}

/**
 * `POST /services/oauth2/token` with `grant_type=password`, as Salesforce answers it. A wrong
 * username or password is an ordinary outcome (`invalid_grant`); a wrong grant type or client is
 * a misconfigured app and is flagged.
 */
export function passwordToken(
  form: URLSearchParams,
  login: SalesforceLogin,
  urls: { readonly instanceUrl: string; readonly loginUrl: string },
  accessToken: string,
): TokenOutcome {
  const grantType = form.get("grant_type");
  if (grantType !== "password") {
    return oauthError(
      "unsupported_grant_type",
      "grant type not supported",
      `grant_type ${grantType}`,
    );
  }
  if (form.get("client_id") !== login.clientId) {
    return oauthError("invalid_client_id", "client identifier invalid", "wrong client_id");
  }
  if (form.get("client_secret") !== login.clientSecret) {
    return oauthError("invalid_client", "invalid client credentials", "wrong client_secret");
  }
  if (form.get("username") !== login.username || form.get("password") !== login.password) {
    return oauthError("invalid_grant", "authentication failure");
  }
  const id = `${urls.loginUrl}/id/${SANDBOX_ORG_ID}/${SANDBOX_USER_ID}`;
  const issuedAt = String(Date.now());
  const signature = createHmac("sha256", login.clientSecret)
    .update(id + issuedAt)
    .digest("base64");
  return {
    status: 200,
    body: {
      access_token: accessToken,
      instance_url: urls.instanceUrl,
      id,
      token_type: "Bearer",
      issued_at: issuedAt,
      signature,
    },
  };
}
