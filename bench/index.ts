/**
 * `npm run bench`: the figures the issues ask for, printed as tables. Node runs this on one
 * thread, so every figure is for one core; run it on a quiet machine.
 */
import { benchCatalog, benchCorpusAccuracy } from "./catalog.js";
import { benchCauses } from "./causes.js";
import { benchChanges } from "./changes.js";
import { benchCharts } from "./charts.js";
import { benchDigest } from "./digest.js";
import { benchHome } from "./home.js";
import { benchImport } from "./import.js";
import { benchPostgres } from "./postgres.js";
import { benchReplicasThroughput } from "./replicas-throughput.js";
import { benchResync } from "./resync.js";
import { benchScan } from "./scan.js";
import { benchSlack } from "./slack.js";
import { benchSpikes } from "./spikes.js";
import { benchTakeover } from "./takeover.js";

console.log(`syncerror benchmarks · node ${process.version} · ${new Date().toISOString()}`);
await benchCatalog();
benchCorpusAccuracy();
await benchSlack();
await benchImport();
await benchDigest();
await benchSpikes();
await benchHome();
await benchCharts();
await benchResync();
await benchScan();
await benchPostgres();
await benchReplicasThroughput();
await benchTakeover();
await benchChanges();
await benchCauses();
