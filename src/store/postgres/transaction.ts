import type pg from "pg";

/**
 * Runs `work` in one transaction on a pooled connection: committed when it resolves, rolled back
 * when it throws. A connection whose rollback fails is destroyed rather than pooled (its state is
 * unknown).
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
      client.release();
    } catch (broken) {
      client.release(broken as Error);
    }
    throw error;
  }
}
