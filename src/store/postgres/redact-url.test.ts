import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact-url.js";

describe("redactUrl", () => {
  it("hides the password in the user part and in a password parameter, keeping the rest", () => {
    expect(redactUrl("postgres://bot:s3cret@db.example.com:5432/syncerror?sslmode=require")).toBe(
      "postgres://bot:***@db.example.com:5432/syncerror?sslmode=require",
    );
    expect(redactUrl("postgresql://bot@db/syncerror?password=s3cret&application_name=x")).toBe(
      "postgresql://bot@db/syncerror?password=***&application_name=x",
    );
  });

  it("leaves a URL without a password as it is", () => {
    expect(redactUrl("postgres://bot@db/syncerror")).toBe("postgres://bot@db/syncerror");
  });

  it("prints nothing of text that is not a URL, which could be a misplaced password", () => {
    expect(redactUrl("hunter2")).toBe("(a DATABASE_URL that is not a URL)");
  });
});
