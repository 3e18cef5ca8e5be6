/**
 * A process's name among the processes sharing one database (bot replicas, a terminal running
 * `syncerror resync` or `scan`): `host:pid:random`. It names the owner of a resync job's lease and
 * of the scan lock. The random part tells a restarted container (same host name, often the same
 * pid 1) from the process before it.
 */
export interface ReplicaIdentity {
  readonly id: string;
  readonly host: string;
  readonly pid: number;
}

/** Makes this process's identity; `src/main.ts` calls it once with the host name and pid. */
export function replicaIdentity(host: string, pid: number, random: string): ReplicaIdentity {
  return { id: `${host}:${pid}:${random}`, host, pid };
}

/** True while a process with this pid runs on this host (signal 0 checks without sending). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * True when `owner` is a process of this host that no longer runs: its leases need not be waited
 * out. A terminal's `syncerror resync` stopped with Ctrl-C, or a bot killed and restarted on the
 * same machine, then resumes its job at once instead of after the lease. A process on another host,
 * or an owner in another format, is never judged gone: only its lease's end says so.
 */
export function ownerIsGone(
  owner: string,
  self: ReplicaIdentity,
  isAlive: (pid: number) => boolean = processIsAlive,
): boolean {
  const match = /^(.*):(\d+):([0-9a-f]+)$/.exec(owner);
  if (!match || match[1] !== self.host || owner === self.id) return false;
  const pid = Number(match[2]);
  // Our own pid under another id: a process before this one (a restarted container's pid 1).
  return pid === self.pid || !isAlive(pid);
}
