/**
 * The tests' PostgreSQL server: the bench's (one implementation; the tests may import from the
 * bench and src, never the other way round).
 */
export {
  findPostgresBinaries,
  INSTALL_HINT,
  type PostgresServer,
  startPostgres,
} from "../../bench/postgres-server.js";
