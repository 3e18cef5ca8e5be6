import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ownerIsGone, processIsAlive, replicaIdentity } from "./replica-id.js";

const self = replicaIdentity("bot-a", 4242, "c0ffee");
const alive = (running: number[]) => (pid: number) => running.includes(pid);

describe("ownerIsGone", () => {
  it("judges only processes of this host, by whether their pid still runs", () => {
    expect(self.id).toBe("bot-a:4242:c0ffee");
    expect(ownerIsGone("bot-a:17:ab12cd", self, alive([]))).toBe(true);
    expect(ownerIsGone("bot-a:17:ab12cd", self, alive([17]))).toBe(false);
    // Another host's process may run for all this one knows: only its lease's end says.
    expect(ownerIsGone("bot-b:17:ab12cd", self, alive([]))).toBe(false);
  });

  it("takes our own pid under another id for the process before this one, and never ourselves", () => {
    // A restarted container: the same host name and pid 1 as the process that died.
    expect(ownerIsGone("bot-a:4242:000001", self, alive([4242]))).toBe(true);
    expect(ownerIsGone(self.id, self, alive([]))).toBe(false);
  });

  it("leaves owners in another format alone", () => {
    expect(ownerIsGone("replica-a", self, alive([]))).toBe(false);
    expect(ownerIsGone("bot-a:x:ab", self, alive([]))).toBe(false);
  });
});

describe("processIsAlive", () => {
  it("sees this process, and not one that has exited", () => {
    expect(processIsAlive(process.pid)).toBe(true);
    const exited = spawnSync(process.execPath, ["-e", ""]).pid;
    expect(processIsAlive(exited)).toBe(false);
  });
});
