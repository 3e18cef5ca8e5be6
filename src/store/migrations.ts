/**
 * The database schema, as an ordered list of migrations. A migration, once released, is never
 * edited: a change is a new entry. `PRAGMA user_version` records how far a database has come.
 */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/**
 * Fills open_target_groups from the open errors in one pass; '' stands for "no Salesforce id"
 * so the prefix can be part of the key.
 */
export const REFRESH_OPEN_TARGET_GROUPS = `
  INSERT INTO open_target_groups
  SELECT rule_id, object_type, coalesce(hubspot_id, '') <> '',
    coalesce(substr(nullif(salesforce_id, ''), 1, 3), ''), count(*)
  FROM sync_errors WHERE resolved_at IS NULL GROUP BY 1, 2, 3, 4`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        new_count INTEGER NOT NULL DEFAULT 0,
        still_open INTEGER NOT NULL DEFAULT 0,
        resolved INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        object_types TEXT NOT NULL DEFAULT '[]',
        columns TEXT NOT NULL DEFAULT '{}',
        new_by_rule TEXT NOT NULL DEFAULT '{}'
      );
      -- A rowid table with a unique fingerprint: new rows append at the end of the table, and
      -- only the small index takes random inserts (a WITHOUT ROWID table keyed by fingerprint
      -- moved whole rows on every insert and imported at a third of the speed).
      CREATE TABLE sync_errors (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        rule_id TEXT NOT NULL,
        category TEXT NOT NULL,
        direction TEXT NOT NULL,
        object_type TEXT NOT NULL,
        hubspot_id TEXT,
        salesforce_id TEXT,
        record_name TEXT,
        message TEXT NOT NULL,
        status_code TEXT,
        source TEXT NOT NULL,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        opened_at INTEGER NOT NULL,
        resolved_at INTEGER,
        times_seen INTEGER NOT NULL DEFAULT 1,
        last_import_id INTEGER REFERENCES imports(id),
        opened_import_id INTEGER REFERENCES imports(id)
      );
    `,
  },
  {
    version: 2,
    sql: `
      -- One row per digest slot and channel: the unique key is what makes a digest go out once,
      -- whatever triggers it (cron, a catch-up at start, two processes at once).
      CREATE TABLE digests (
        id INTEGER PRIMARY KEY,
        slot INTEGER NOT NULL,
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('posting', 'posted', 'failed')),
        late INTEGER NOT NULL DEFAULT 0,
        message_ts TEXT,
        posted_at INTEGER,
        counts TEXT,
        failure TEXT,
        UNIQUE (slot, channel)
      );
      -- The digest's questions: what opened since a time, what resolved since, what is open by type.
      CREATE INDEX sync_errors_opened ON sync_errors (opened_at);
      CREATE INDEX sync_errors_resolved ON sync_errors (resolved_at) WHERE resolved_at IS NOT NULL;
      -- Open errors by type, refreshed by every write transaction: counting a million open rows
      -- takes longer than a digest or /syncerror status may, and an index to count them with
      -- would slow every import row instead.
      CREATE TABLE open_counts (rule_id TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO open_counts SELECT rule_id, count(*) FROM sync_errors WHERE resolved_at IS NULL GROUP BY rule_id;
    `,
  },
  {
    version: 3,
    sql: `
      -- A resync job: one error type, the records it covers, and how it went. The trigger value is
      -- fixed when the job starts, so a batch sent again after a crash is the same request.
      CREATE TABLE resync_jobs (
        id INTEGER PRIMARY KEY,
        rule_id TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        trigger_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
        finished_at INTEGER,
        detail TEXT
      );
      -- One running job per error type: a double click finds the running one.
      CREATE UNIQUE INDEX resync_jobs_one_running ON resync_jobs (rule_id) WHERE status = 'running';
      CREATE TABLE resync_records (
        job_id INTEGER NOT NULL REFERENCES resync_jobs (id),
        batch INTEGER NOT NULL,
        system TEXT NOT NULL CHECK (system IN ('hubspot', 'salesforce')),
        object TEXT NOT NULL,
        record_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'failed', 'skipped')),
        code TEXT,
        message TEXT,
        PRIMARY KEY (job_id, fingerprint)
      ) WITHOUT ROWID;
      CREATE INDEX resync_records_batch ON resync_records (job_id, batch, status);
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        rule_id TEXT,
        job_id INTEGER,
        count INTEGER,
        outcome TEXT NOT NULL,
        detail TEXT
      );
    `,
  },
  {
    version: 4,
    sql: `
      -- What a "Resync" button stands for: the open errors of a type as they were when the button
      -- was shown. The button carries only the key; record ids never travel through Slack.
      CREATE TABLE resync_offers (
        key TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL,
        as_of INTEGER NOT NULL,
        count INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        -- "Resync anyway": send without the preflight, only the records a job held back.
        force INTEGER NOT NULL DEFAULT 0,
        from_job INTEGER REFERENCES resync_jobs (id)
      ) WITHOUT ROWID;
      -- Open errors grouped by what decides their resync target, refreshed with open_counts at
      -- each import's commit, so sizing the Resync buttons of a digest reads a few dozen rows.
      CREATE TABLE open_target_groups (
        rule_id TEXT NOT NULL,
        object_type TEXT NOT NULL,
        has_hubspot_id INTEGER NOT NULL,
        salesforce_prefix TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (rule_id, object_type, has_hubspot_id, salesforce_prefix)
      ) WITHOUT ROWID;
      ${REFRESH_OPEN_TARGET_GROUPS};
      -- The Slack message that shows a job's progress, so a job resumed after a restart keeps
      -- updating it and ends it with the summary.
      ALTER TABLE resync_jobs ADD COLUMN progress_channel TEXT;
      ALTER TABLE resync_jobs ADD COLUMN progress_ts TEXT;
      -- Each scan of HubSpot and Salesforce: the next one reads what changed since this one began.
      CREATE TABLE scans (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        finished_at INTEGER NOT NULL,
        since INTEGER,
        new_count INTEGER NOT NULL,
        resolved INTEGER NOT NULL,
        summary TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    sql: `
      -- Column mappings people confirmed, one per header row (normalised), so the next export
      -- with the same columns imports without asking again.
      CREATE TABLE column_mappings (
        id INTEGER PRIMARY KEY,
        header_key TEXT NOT NULL UNIQUE,
        headers TEXT NOT NULL,
        columns TEXT NOT NULL,
        confirmed_by TEXT NOT NULL,
        confirmed_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 6,
    sql: `
      -- Error types admins corrected, one per message shape (the classifier's correction key:
      -- ids, values and names masked). The message is the one the admin corrected, for listing
      -- and for export as an evaluation case.
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        message TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        corrected_by TEXT NOT NULL,
        corrected_at INTEGER NOT NULL
      );
      -- What a "Not this type?" control stands for: the message the bot classified and the type
      -- it showed. The control carries only the key, so no message text travels through Slack.
      CREATE TABLE correction_offers (
        key TEXT PRIMARY KEY,
        message TEXT NOT NULL,
        shown_rule_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 7,
    sql: `
      -- Every offer saved first deletes the expired ones; without an index on the expiry that
      -- delete reads the whole table, once per explain answer and per digest button.
      CREATE INDEX correction_offers_by_expiry ON correction_offers (expires_at);
      CREATE INDEX resync_offers_by_expiry ON resync_offers (expires_at);
    `,
  },
  {
    version: 8,
    sql: `
      -- When each record was sent and accepted, so a second resync within RESYNC_COOLDOWN skips
      -- the records the first one already marked (older rows fall back to their job's times).
      ALTER TABLE resync_records ADD COLUMN sent_at INTEGER;
      CREATE INDEX resync_records_accepted ON resync_records (record_id, system) WHERE status = 'accepted';
      -- What a Resync button does with records resynced within the cooldown: 'ask' at the click,
      -- 'skip' them (the person saw how many), or 'send' them too ("Resync anyway").
      ALTER TABLE resync_offers ADD COLUMN recent TEXT NOT NULL DEFAULT 'ask' CHECK (recent IN ('ask', 'skip', 'send'));
    `,
  },
  {
    version: 9,
    sql: `
      -- An import that would have resolved many open errors it did not list (a filtered export?)
      -- leaves them open and asks; this row is the question, so the answer can be applied by any
      -- process, after a restart, and only once. decision is NULL until someone answers.
      CREATE TABLE missing_resolutions (
        import_id INTEGER PRIMARY KEY REFERENCES imports (id),
        object_types TEXT NOT NULL,
        snapshot_at INTEGER NOT NULL,
        count INTEGER NOT NULL,
        decision TEXT CHECK (decision IN ('resolved', 'kept')),
        decided_by TEXT,
        decided_at INTEGER,
        resolved INTEGER NOT NULL DEFAULT 0
      );
    `,
  },
  {
    version: 10,
    sql: `
      -- Which replica sends a running job's batches, and until when unless it renews: a replica
      -- that stops renewing (it died) leaves the job to another once the lease runs out.
      ALTER TABLE resync_jobs ADD COLUMN lease_owner TEXT;
      ALTER TABLE resync_jobs ADD COLUMN lease_until INTEGER;
    `,
  },
  {
    version: 11,
    sql: `
      -- Nothing on SQLite: this version drops PostgreSQL's per-row foreign-key checks on the
      -- import ids, gives its sync_errors room for in-page updates and widens its opened_at index
      -- for the digest's trend (postgres/migrations.ts).
      SELECT 1;
    `,
  },
  {
    version: 12,
    sql: `
      -- Slots of named rolling windows (RateSlotStore): when each request to a rate-limited API
      -- went out. Transient: every take deletes its name's slots that left the window.
      CREATE TABLE rate_slots (
        name TEXT NOT NULL,
        taken_at INTEGER NOT NULL
      );
      CREATE INDEX rate_slots_by_name ON rate_slots (name, taken_at);
    `,
  },
  {
    version: 13,
    sql: `
      -- Who is on an error type (ClaimStore): one row per claimed type, so the primary key is
      -- what gives a type one owner at a time. Takes, takeovers and releases are in the audit log.
      CREATE TABLE claims (
        rule_id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        since INTEGER NOT NULL
      );
    `,
  },
  {
    version: 14,
    sql: `
      -- Snoozed and muted types (SnoozeStore). snoozes holds each type's current snooze (the
      -- primary key gives a type one); kind is 'until' (until_at), 'doubled' (baseline: the open
      -- count when snoozed) or 'muted'. A snooze that ends (lifted, expired, count doubled) moves
      -- to snooze_ends with when and why, which the digest reads to say so once. Every change is
      -- in the audit log too.
      CREATE TABLE snoozes (
        rule_id TEXT PRIMARY KEY,
        snoozed_by TEXT NOT NULL,
        snoozed_at INTEGER NOT NULL,
        reason TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('until', 'doubled', 'muted')),
        until_at INTEGER,
        baseline INTEGER
      );
      CREATE TABLE snooze_ends (
        id INTEGER PRIMARY KEY,
        rule_id TEXT NOT NULL,
        snoozed_by TEXT NOT NULL,
        snoozed_at INTEGER NOT NULL,
        reason TEXT,
        kind TEXT NOT NULL,
        until_at INTEGER,
        baseline INTEGER,
        ended_at INTEGER NOT NULL,
        ended_by TEXT,
        why TEXT NOT NULL CHECK (why IN ('lifted', 'expired', 'doubled'))
      );
      CREATE INDEX snooze_ends_by_time ON snooze_ends (ended_at);
    `,
  },
  {
    version: 15,
    sql: `
      -- Each type's latest spike alert (AlertStore): the primary key and an upsert that only
      -- replaces an alert older than the cooldown make "one alert per type per ALERT_COOLDOWN"
      -- one statement, however many checks run at once.
      CREATE TABLE spike_alerts (
        rule_id TEXT PRIMARY KEY,
        alerted_at INTEGER NOT NULL,
        count INTEGER NOT NULL,
        usual REAL NOT NULL,
        channel TEXT,
        message_ts TEXT
      );
      -- Errors opened per type per clock hour (hour = opened_at / 3600000), added to by every
      -- import's commit and every scan: the spike check's baseline (two weeks of hours of every
      -- type) is a few thousand rows here, where counting the errors themselves read every error
      -- of the two weeks (half a second from 1,000,000 errors).
      CREATE TABLE new_errors_by_hour (
        rule_id TEXT NOT NULL,
        hour INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (rule_id, hour)
      ) WITHOUT ROWID;
      INSERT INTO new_errors_by_hour
        SELECT rule_id, opened_at / 3600000, count(*) FROM sync_errors GROUP BY 1, 2;
    `,
  },
  {
    version: 16,
    sql: `
      -- Time to resolution (issue 17) reads the errors resolved in the last 30 days with their
      -- type and opening: with both in the resolved_at index that is an index-only range, not a
      -- table lookup per error. It replaces the narrower index, which served the digest's
      -- "resolved since" (this one serves it too, and covers its count by type).
      DROP INDEX sync_errors_resolved;
      CREATE INDEX sync_errors_resolved ON sync_errors (resolved_at, rule_id, opened_at) WHERE resolved_at IS NOT NULL;
      -- Who held which type when, for time to resolution by owner: the claim lines of the audit
      -- log by type and time, without reading the resync and correction lines.
      CREATE INDEX audit_log_claims ON audit_log (rule_id, at)
        WHERE action IN ('claim.take', 'claim.takeover', 'claim.release');
      -- One row per week and channel: the key is what makes the Monday summary go out once,
      -- whichever trigger or replica comes first (as digests' slot and channel).
      CREATE TABLE weekly_summaries (
        week TEXT NOT NULL,
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('posting', 'posted', 'failed')),
        message_ts TEXT,
        posted_at INTEGER,
        failure TEXT,
        PRIMARY KEY (week, channel)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 17,
    sql: `
      -- The type in the opened_at index, as PostgreSQL has had it since its version 11: the
      -- digest's trend (new errors per type per day of the last week) and the spike check (per
      -- type per hour) read the index alone instead of a table row for every error of the week.
      -- Each routed channel's digest reads them again (issue 17: under 200 ms per channel).
      DROP INDEX sync_errors_opened;
      CREATE INDEX sync_errors_opened ON sync_errors (opened_at, rule_id);
    `,
  },
  {
    version: 18,
    sql: `
      -- Who opened their Home tab (issue 18) and when it was last published to them: the refresh
      -- after an import, a scan or a job's end goes to the people who opened it lately, and the
      -- conditional update on published_at makes "at most once a minute per person" one statement,
      -- whichever replica refreshes.
      CREATE TABLE home_views (
        user_id TEXT PRIMARY KEY,
        opened_at INTEGER NOT NULL,
        published_at INTEGER
      ) WITHOUT ROWID;
      CREATE INDEX home_views_opened ON home_views (opened_at);
      -- The Home tab's chart as uploaded, one per language: its file is shown again while what it
      -- shows (chart_key: open counts by type) stays the same, rather than uploaded on each publish.
      CREATE TABLE home_charts (
        language TEXT PRIMARY KEY,
        chart_key TEXT NOT NULL,
        file_id TEXT NOT NULL,
        title TEXT NOT NULL,
        alt_text TEXT NOT NULL,
        uploaded_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 19,
    sql: `
      -- The resync triggers' last check per system (issue 18): the Home tab says whether resyncs
      -- can run from what a resync's check, \`syncerror setup\` or the start-up check last found,
      -- without calling HubSpot or Salesforce on each publish. problems is a JSON array of the
      -- objects whose trigger was missing or unusable.
      CREATE TABLE trigger_checks (
        system TEXT PRIMARY KEY CHECK (system IN ('hubspot', 'salesforce')),
        name TEXT NOT NULL,
        ready INTEGER NOT NULL,
        problems TEXT NOT NULL DEFAULT '[]',
        checked_at INTEGER NOT NULL,
        checked_by TEXT NOT NULL,
        via TEXT NOT NULL CHECK (via IN ('preflight', 'setup', 'startup'))
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 20,
    sql: `
      -- Why did it break? (issue 19; ChangeStore). Each scan's schema snapshot per system, as the
      -- compact JSON text it was given (key order is meaningful): the latest, which the next scan
      -- diffs against, and the one before it; older ones are deleted as a new one is saved.
      CREATE TABLE schema_snapshots (
        system TEXT NOT NULL CHECK (system IN ('hubspot', 'salesforce')),
        taken_at INTEGER NOT NULL,
        snapshot TEXT NOT NULL,
        PRIMARY KEY (system, taken_at)
      ) WITHOUT ROWID;
      -- The changes learnt, from a snapshot diff or the Setup Audit Trail. change_key is unique,
      -- so the same change recorded twice (two replicas, an audit trail read again) is one row.
      -- at is happened_at where known, else observed_at: what "since" and the order read.
      -- before_value and after_value are JSON (a length comes back a number, a flag a boolean).
      CREATE TABLE crm_changes (
        id INTEGER PRIMARY KEY,
        change_key TEXT NOT NULL UNIQUE,
        observed_at INTEGER NOT NULL,
        happened_at INTEGER,
        at INTEGER NOT NULL,
        system TEXT NOT NULL CHECK (system IN ('hubspot', 'salesforce')),
        object TEXT NOT NULL,
        field TEXT,
        kind TEXT NOT NULL,
        option_value TEXT,
        before_value TEXT NOT NULL,
        after_value TEXT NOT NULL,
        who TEXT,
        source TEXT NOT NULL CHECK (source IN ('snapshot', 'audit-trail')),
        detail TEXT
      );
      CREATE INDEX crm_changes_at ON crm_changes (at);
      -- How far each org's Setup Audit Trail has been read (its last CreatedDate recorded).
      CREATE TABLE audit_trail_marks (
        org_id TEXT PRIMARY KEY,
        read_up_to INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 21,
    sql: `
      -- A snapshot diff's change happened between the earlier snapshot (happened_after) and the
      -- scan that saw it (observed_at): a wave of errors that began in between may be its doing.
      -- Nullable: the audit trail's changes know when they happened, and older rows did not keep it.
      ALTER TABLE crm_changes ADD COLUMN happened_after INTEGER;
    `,
  },
];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
