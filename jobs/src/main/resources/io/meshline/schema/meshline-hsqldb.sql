-- Meshline results, HSQLDB. CACHED tables keep large runs on disk, not in heap.
-- Every table is keyed by RUN_ID (the Spring Batch job instance id) so restarts reuse their rows.
-- Bulk steps switch the redo log off until their checkpoint (UnloggedBulkWrites); a process that died
-- in between must not leave the next one running without it.
SET FILES LOG TRUE;
-- The deals of a run's MISSING_IN_ERP and at-risk findings (backfill plans from them; reports name their accounts).
CREATE CACHED TABLE IF NOT EXISTS ML_CRM_DEAL (
  RUN_ID BIGINT NOT NULL,
  LINE_NO BIGINT NOT NULL,
  DEAL_ID VARCHAR(256) NOT NULL,
  ACCOUNT_ID VARCHAR(256),
  ACCOUNT_NAME VARCHAR(1024),
  DEAL_NAME VARCHAR(1024),
  STAGE VARCHAR(256),
  WON BOOLEAN NOT NULL,
  AMOUNT DECIMAL(30, 6),
  CURRENCY CHAR(3) NOT NULL,
  CLOSE_DATE DATE,
  OWNER VARCHAR(256),
  -- Whether the deal has a MISSING_IN_ERP finding: backfill reads its candidates from these rows alone.
  -- NULL on every row of a run stored by an earlier version (backfill reads those through the findings).
  MISSING_IN_ERP BOOLEAN,
  PRIMARY KEY (RUN_ID, LINE_NO)
);
-- No index by deal id: readers join a finding's deal through the primary key (its group is the deal's
-- line), and a second index inserted in random deal-id order cost the store of a 10M run dearly.
DROP INDEX ML_CRM_DEAL_ID IF EXISTS;
ALTER TABLE ML_CRM_DEAL ADD COLUMN IF NOT EXISTS MISSING_IN_ERP BOOLEAN;

-- A run's volumes per currency, since its rows are not stored: WON_DEALS (won deals in scope and
-- their amount) and BILLED_LINES (live invoice lines referencing them, in the billed currency).
CREATE CACHED TABLE IF NOT EXISTS ML_RUN_VOLUME (
  RUN_ID BIGINT NOT NULL,
  MEASURE VARCHAR(16) NOT NULL,
  CURRENCY CHAR(3) NOT NULL,
  ROW_COUNT BIGINT NOT NULL,
  AMOUNT DECIMAL(30, 6) NOT NULL,
  PRIMARY KEY (RUN_ID, MEASURE, CURRENCY)
);

CREATE CACHED TABLE IF NOT EXISTS ML_REJECT (
  RUN_ID BIGINT NOT NULL,
  SIDE VARCHAR(3) NOT NULL,
  LINE_NO BIGINT NOT NULL,
  FILE_NAME VARCHAR(4096) NOT NULL,
  COLUMN_NAME VARCHAR(1024),
  REASON VARCHAR(4096) NOT NULL,
  RAW_LINE VARCHAR(65536),
  RECORD_ID VARCHAR(256),
  PRIMARY KEY (RUN_ID, SIDE, LINE_NO)
);
CREATE INDEX IF NOT EXISTS ML_REJECT_RECORD ON ML_REJECT (RUN_ID, SIDE, RECORD_ID);

CREATE CACHED TABLE IF NOT EXISTS ML_FINDING (
  RUN_ID BIGINT NOT NULL,
  GROUP_SEQ BIGINT NOT NULL,
  ITEM_NO INT NOT NULL,
  FINDING VARCHAR(32) NOT NULL,
  CRM_ID VARCHAR(256) NOT NULL,
  ERP_IDS VARCHAR(16384) NOT NULL,
  CRM_ACCOUNT VARCHAR(1024),
  ERP_CUSTOMER VARCHAR(4096),
  CURRENCY CHAR(3) NOT NULL,
  CRM_AMOUNT DECIMAL(30, 6),
  ERP_AMOUNT DECIMAL(30, 6),
  DELTA DECIMAL(30, 6),
  CLOSE_DATE DATE,
  FIRST_INVOICE_DATE DATE,
  OWNER VARCHAR(256),
  AT_RISK DECIMAL(30, 6),
  OVER_BILLED DECIMAL(30, 6),
  DETAIL VARCHAR(16384) NOT NULL,
  PRIMARY KEY (RUN_ID, GROUP_SEQ, ITEM_NO)
);

-- One row per completed run: what reports and later runs read back (the summary as written).
CREATE CACHED TABLE IF NOT EXISTS ML_RUN (
  RUN_ID BIGINT NOT NULL PRIMARY KEY,
  JOB_NAME VARCHAR(64) NOT NULL,
  FINISHED TIMESTAMP NOT NULL,
  CRM_PATH VARCHAR(4096),
  CRM_SHA256 VARCHAR(64),
  ERP_PATH VARCHAR(4096),
  ERP_SHA256 VARCHAR(64),
  OUT_DIR VARCHAR(4096),
  SUMMARY_JSON VARCHAR(1048576) NOT NULL
);

-- Backfill: one row per batch (the backfillJob instance id), its plan, and the write ledger.
CREATE CACHED TABLE IF NOT EXISTS ML_BACKFILL_BATCH (
  BATCH_ID BIGINT NOT NULL PRIMARY KEY,
  FROM_RUN BIGINT NOT NULL,
  TARGET_KIND VARCHAR(32) NOT NULL,
  TARGET VARCHAR(4096) NOT NULL,
  TARGET_URL VARCHAR(4096),
  DRY_RUN BOOLEAN NOT NULL,
  SAMPLE_PCT VARCHAR(16) NOT NULL,
  OUT_DIR VARCHAR(4096) NOT NULL,
  STATUS VARCHAR(16) NOT NULL,
  MESSAGE VARCHAR(4096),
  UPDATED TIMESTAMP NOT NULL
);

CREATE CACHED TABLE IF NOT EXISTS ML_BACKFILL_PLAN (
  BATCH_ID BIGINT NOT NULL,
  DEAL_ID VARCHAR(256) NOT NULL,
  INCLUDED BOOLEAN NOT NULL,
  -- What is particular to the deal (why it is left out, the approval it was held for), empty when
  -- nothing is: plan.csv adds the text every row shares, the finding, the run and the target's record.
  REASON VARCHAR(1024) NOT NULL,
  ACCOUNT_ID VARCHAR(256),
  ACCOUNT_NAME VARCHAR(1024),
  DEAL_NAME VARCHAR(1024),
  AMOUNT DECIMAL(30, 6) NOT NULL,
  CURRENCY CHAR(3) NOT NULL,
  CLOSE_DATE DATE NOT NULL,
  OWNER VARCHAR(256),
  ERP_CUSTOMER VARCHAR(256),
  PRIMARY KEY (BATCH_ID, DEAL_ID)
);

-- One row per key and target, ever: PLANNED when a batch claims it, STAGED once it is in the
-- batch's staging area, WRITTEN once published. The primary key is the idempotency guarantee.
CREATE CACHED TABLE IF NOT EXISTS ML_WRITE_LEDGER (
  TARGET VARCHAR(1024) NOT NULL,
  IDEMPOTENCY_KEY VARCHAR(256) NOT NULL,
  BATCH_ID BIGINT NOT NULL,
  STATE VARCHAR(16) NOT NULL,
  UPDATED TIMESTAMP NOT NULL,
  PRIMARY KEY (TARGET, IDEMPOTENCY_KEY)
);
-- No index by batch: promotion counts a batch's keys through the primary key as it reads the plan,
-- and keeping a second index up on every claim was an eighth of the plan step.
DROP INDEX ML_WRITE_LEDGER_BATCH IF EXISTS;

-- Policy: every rule a won deal breaks in a run (only broken rules), written with its finding.
CREATE CACHED TABLE IF NOT EXISTS ML_POLICY_DECISION (
  RUN_ID BIGINT NOT NULL,
  DEAL_ID VARCHAR(256) NOT NULL,
  RULE_ID VARCHAR(64) NOT NULL,
  GROUP_SEQ BIGINT NOT NULL,
  ACTION VARCHAR(16) NOT NULL,
  MESSAGE VARCHAR(4096) NOT NULL,
  PRIMARY KEY (RUN_ID, DEAL_ID, RULE_ID)
);

-- Policy approvals: a deal held by a REQUIRE_APPROVAL rule may be backfilled once approved here.
CREATE CACHED TABLE IF NOT EXISTS ML_POLICY_APPROVAL (
  DEAL_ID VARCHAR(256) NOT NULL PRIMARY KEY,
  ACTOR VARCHAR(256) NOT NULL,
  APPROVED_AT TIMESTAMP NOT NULL,
  NOTE VARCHAR(4096)
);

-- Exceptions: one row per stable key (finding type + record id), updated by every run that can see
-- it, never duplicated. CHECKED_RUN_ID is the last run that found it or resolved it: a run changes a
-- row only when CHECKED_RUN_ID is below its own id, so a rerun or an older run's restart is a no-op.
CREATE CACHED TABLE IF NOT EXISTS ML_EXCEPTION (
  EXCEPTION_KEY VARCHAR(512) NOT NULL PRIMARY KEY,
  FINDING VARCHAR(32) NOT NULL,
  RECORD_ID VARCHAR(16384) NOT NULL,
  ERP_IDS VARCHAR(16384) NOT NULL,
  SOURCE VARCHAR(16384) NOT NULL,
  QUEUE VARCHAR(256) NOT NULL,
  SEVERITY VARCHAR(8) NOT NULL,
  STATUS VARCHAR(16) NOT NULL,
  OWNER VARCHAR(256),
  ASSIGNEE VARCHAR(256),
  CURRENCY CHAR(3) NOT NULL,
  AMOUNT DECIMAL(30, 6) NOT NULL,
  RECORD_DATE DATE,
  FIRST_SEEN TIMESTAMP NOT NULL,
  LAST_SEEN TIMESTAMP NOT NULL,
  OPENED_AT TIMESTAMP NOT NULL,
  SLA_DUE TIMESTAMP NOT NULL,
  FIRST_RUN_ID BIGINT NOT NULL,
  LAST_RUN_ID BIGINT NOT NULL,
  CHECKED_RUN_ID BIGINT NOT NULL,
  ACKED_AT TIMESTAMP,
  ACKED_BY VARCHAR(256),
  ESCALATED_AT TIMESTAMP,
  APPROVED_AT TIMESTAMP,
  APPROVED_BY VARCHAR(256),
  RESOLVED_AT TIMESTAMP,
  RESOLVED_BY VARCHAR(256),
  DETAIL VARCHAR(16384) NOT NULL,
  UPDATED TIMESTAMP NOT NULL
);
-- No secondary index: each cost every exception a run inserts an index insert, and every one it
-- updates an insert and a delete. Escalation and a list by queue read the table through instead, as
-- the run's resolution pass, the queue figures and the month-end pack do anyway (at 1M deals the
-- escalation query took as long, a list by queue 0.1 s instead of 0.07 s). Data directories made
-- before lose the two indexes here.
DROP INDEX ML_EXCEPTION_QUEUE IF EXISTS;
DROP INDEX ML_EXCEPTION_DUE IF EXISTS;

-- Every change of an exception, in order: who, when, from which status to which, and why. Keyed by
-- exception, the order an exception's history is read in; EVENT_ID orders events across exceptions.
-- One index: a second one on EVENT_ID alone made every event cost two index inserts.
CREATE CACHED TABLE IF NOT EXISTS ML_EXCEPTION_EVENT (
  EVENT_ID BIGINT GENERATED BY DEFAULT AS IDENTITY,
  EXCEPTION_KEY VARCHAR(512) NOT NULL,
  EVENT_TIME TIMESTAMP NOT NULL,
  ACTOR VARCHAR(256) NOT NULL,
  ACTION VARCHAR(16) NOT NULL,
  FROM_STATUS VARCHAR(16),
  TO_STATUS VARCHAR(16) NOT NULL,
  RUN_ID BIGINT,
  NOTE VARCHAR(4096),
  PRIMARY KEY (EXCEPTION_KEY, EVENT_ID)
);

-- The time each reconcile run updated the exceptions at, and what it could see, kept so that a
-- restarted step uses the same time and scope.
CREATE CACHED TABLE IF NOT EXISTS ML_EXCEPTION_RUN (
  RUN_ID BIGINT NOT NULL PRIMARY KEY,
  CHECKED_AT TIMESTAMP NOT NULL,
  SOURCE VARCHAR(16384) NOT NULL,
  WINDOW_FROM DATE,
  WINDOW_TO DATE
);

-- Audit trail: append-only events in a hash chain. HASH = SHA-256 over (SEQ, EVENT_AT, ACTOR, KIND, SUBJECT,
-- DETAIL, PREV_HASH); ML_AUDIT_HEAD is the single row every append locks, so appends are serialised.
CREATE CACHED TABLE IF NOT EXISTS ML_AUDIT_EVENT (
  SEQ BIGINT NOT NULL PRIMARY KEY,
  EVENT_AT TIMESTAMP NOT NULL,
  ACTOR VARCHAR(256) NOT NULL,
  KIND VARCHAR(64) NOT NULL,
  SUBJECT VARCHAR(1024) NOT NULL,
  DETAIL VARCHAR(16384) NOT NULL,
  PREV_HASH VARCHAR(64) NOT NULL,
  HASH VARCHAR(64) NOT NULL
);
CREATE CACHED TABLE IF NOT EXISTS ML_AUDIT_HEAD (
  ID INT NOT NULL PRIMARY KEY,
  SEQ BIGINT NOT NULL,
  HASH VARCHAR(64) NOT NULL
);

-- Run manifest: every file a run read (archived by content under the data directory's archive/sha256),
-- every option it ran with, and the tool version; what 'meshline replay' rebuilds the run from.
CREATE CACHED TABLE IF NOT EXISTS ML_RUN_MANIFEST (
  RUN_ID BIGINT NOT NULL,
  POS INT NOT NULL,
  ROLE VARCHAR(64) NOT NULL,
  OPTION_NAME VARCHAR(64) NOT NULL,
  ORIGINAL_PATH VARCHAR(4096) NOT NULL,
  SHA256 VARCHAR(64),
  SIZE_BYTES BIGINT,
  PRIMARY KEY (RUN_ID, POS)
);

-- Run volumes for drift detection, one row per metric (and currency, for amounts) of a run.
-- SCOPE_KEY groups runs of the same source pair: contracts and window length.
CREATE CACHED TABLE IF NOT EXISTS ML_RUN_METRIC (
  RUN_ID BIGINT NOT NULL,
  SCOPE_KEY VARCHAR(1024) NOT NULL,
  METRIC VARCHAR(64) NOT NULL,
  CURRENCY CHAR(3),
  METRIC_VALUE DECIMAL(30, 6) NOT NULL
);
CREATE INDEX IF NOT EXISTS ML_RUN_METRIC_RUN ON ML_RUN_METRIC (RUN_ID);
CREATE INDEX IF NOT EXISTS ML_RUN_METRIC_SCOPE ON ML_RUN_METRIC (SCOPE_KEY, RUN_ID);
MERGE INTO ML_AUDIT_HEAD USING (VALUES (1)) AS V(ID) ON ML_AUDIT_HEAD.ID = V.ID WHEN NOT MATCHED THEN INSERT (ID, SEQ, HASH) VALUES (1, 0, '');
