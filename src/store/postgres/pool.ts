/**
 * The PostgreSQL connection pool. The driver is `pg` (node-postgres): the most used and most
 * actively maintained PostgreSQL client for Node, with a connection pool built in, and bulk
 * loading through COPY with its companion pg-copy-streams (which imports will use).
 */
import pg from "pg";

const INT8_OID = 20;

// pg reads bigint (and count(*)) as strings, since they can exceed JavaScript's safe integers.
// Ours are millisecond times, ids and counts, far below 2^53: read them as numbers, like SQLite.
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID
      ? (text: string) => Number(text)
      : format === "binary"
        ? pg.types.getTypeParser(oid, "binary")
        : pg.types.getTypeParser(oid, "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/** A pool of connections to the database at `url` (a postgres:// URL, DATABASE_URL). */
export function createPostgresPool(url: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, types, max: options.max ?? 10 });
  // An idle pooled connection that breaks (a server restart, a database dropped) emits "error" on
  // the pool; unheard, that crashes the process. The pool drops the connection by itself and the
  // next query opens a new one, reporting any failure to its caller.
  pool.on("error", () => {});
  return pool;
}
