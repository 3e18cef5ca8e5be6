/**
 * `T` with every method returning a promise of what it returned: the shape a PostgreSQL store
 * (whose driver is asynchronous) can give of an interface that is still synchronous.
 *
 * A temporary bridge until the store interface (../types.ts) is asynchronous itself: once its
 * methods return promises, `AsyncOf<X>` equals `X` (a promise's `Awaited` is its value) and this
 * type can be replaced by `X` wherever it is used.
 */
export type AsyncOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : T[K];
};
