/**
 * A database URL fit to print: the password, wherever it is (`user:password@`, or a `password`
 * query parameter), replaced by `***`. Text that is not a URL is not printed at all, since it may
 * be a password typed in the wrong place.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(a DATABASE_URL that is not a URL)";
  }
  if (parsed.password) parsed.password = "***";
  if (parsed.searchParams.has("password")) parsed.searchParams.set("password", "***");
  return parsed.toString();
}
