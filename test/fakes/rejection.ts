/**
 * Resolves to what a promise rejects with, typed as the caller expects it; fails the test when the
 * promise resolves instead.
 */
export async function rejection<T = Record<string, unknown>>(
  promise: PromiseLike<unknown>,
): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error("expected a rejection");
}
