import { SqlClient, quoteSchema } from './sql-client';

/**
 * Events per transaction: position = transaction id * 2^20 + index in the transaction (ADR 002).
 * Kept as a literal in the SQL below too; the two must agree.
 */
export const EVENTS_PER_TRANSACTION = 1_048_576;
export const POSITION_SHIFT = 20n;

/** The channel appenders NOTIFY after commit and subscribers LISTEN on (server only). */
export function appendChannel(schema: string): string {
  return `${schema}_appended`;
}

function ddl(schema: string): string[] {
  const s = quoteSchema(schema);
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    // Last revision per stream; its row lock is what serializes appenders of one stream.
    `CREATE TABLE IF NOT EXISTS ${s}.streams (
       stream   text   PRIMARY KEY,
       revision bigint NOT NULL
     )`,
    // transaction_id (= position >> 20) is there for operators matching events to transactions;
    // readers bound position instead, so the primary key serves both the order and the visibility
    // filter. occurred_at is text: the ISO string round-trips exactly as given.
    `CREATE TABLE IF NOT EXISTS ${s}.events (
       position       bigint  PRIMARY KEY,
       transaction_id xid8    NOT NULL,
       stream         text    NOT NULL,
       revision       bigint  NOT NULL,
       id             uuid    NOT NULL UNIQUE,
       type           text    NOT NULL,
       schema_version integer NOT NULL,
       occurred_at    text    NOT NULL,
       tenant_id      text    NOT NULL,
       region         text    NOT NULL,
       actor          jsonb   NOT NULL,
       correlation_id text    NOT NULL,
       causation_id   text,
       policy_version text,
       data           jsonb   NOT NULL,
       trace_context  jsonb,
       CONSTRAINT events_stream_revision_key UNIQUE (stream, revision)
     )`,
    // The W3C trace context an event was appended in (ADR 016), added to tables made before it:
    // checked first, so a store that has it takes no ACCESS EXCLUSIVE lock at every start.
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                       WHERE table_schema = '${schema}' AND table_name = 'events' AND column_name = 'trace_context') THEN
         ALTER TABLE ${s}.events ADD COLUMN trace_context jsonb;
       END IF;
     END $$`,
    `CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
       name       text        PRIMARY KEY,
       position   bigint      NOT NULL,
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    appendFunction(s),
    isolatedAppendFunction(s),
    groupAppendFunction(s),
  ];
}

/**
 * One append as one statement: one round trip per append on the server, and the same code on the
 * group-commit path. Returns appended = false with the actual revision on a conflict, having
 * written nothing, so a caller needs no rollback for the expected case.
 *
 * p_expected: 'any' | 'no_stream' | 'stream_exists' | a decimal revision.
 * p_first_index: index of the first event within the transaction (non-zero after earlier appends
 * of the same group commit).
 */
function appendFunction(s: string): string {
  return `CREATE OR REPLACE FUNCTION ${s}.append_events(
      p_stream text, p_expected text, p_first_index integer, p_events jsonb)
    RETURNS TABLE (appended boolean, actual_revision bigint, last_revision bigint, last_position bigint)
    LANGUAGE plpgsql AS $fn$
    DECLARE
      v_count  integer := jsonb_array_length(p_events);
      v_actual bigint;
      v_xid    bigint;
    BEGIN
      IF v_count = 0 OR p_first_index < 0 OR p_first_index + v_count > 1048576 THEN
        RAISE EXCEPTION 'append of % events at index % does not fit one transaction', v_count, p_first_index
          USING ERRCODE = 'data_exception';
      END IF;
      LOOP
        -- Held until commit: a concurrent appender to this stream waits here, then reads our revision.
        SELECT st.revision INTO v_actual FROM ${s}.streams st WHERE st.stream = p_stream FOR UPDATE;
        EXIT WHEN FOUND;
        IF p_expected NOT IN ('no_stream', 'any') THEN
          RETURN QUERY SELECT false, NULL::bigint, NULL::bigint, NULL::bigint;
          RETURN;
        END IF;
        -- Waits for a concurrent creator; if it committed, loop and lock its row instead.
        INSERT INTO ${s}.streams (stream, revision) VALUES (p_stream, -1) ON CONFLICT (stream) DO NOTHING;
        IF FOUND THEN
          v_actual := NULL;
          EXIT;
        END IF;
      END LOOP;
      IF NOT (p_expected = 'any'
              OR (p_expected = 'no_stream' AND v_actual IS NULL)
              OR (p_expected = 'stream_exists' AND v_actual IS NOT NULL)
              OR (p_expected ~ '^[0-9]+$' AND v_actual = p_expected::numeric)) THEN
        RETURN QUERY SELECT false, v_actual, NULL::bigint, NULL::bigint;
        RETURN;
      END IF;
      v_actual := COALESCE(v_actual, -1);
      UPDATE ${s}.streams SET revision = v_actual + v_count WHERE stream = p_stream;
      -- The row lock above already gave this transaction its id, so the id is the inserting one's.
      v_xid := pg_current_xact_id()::text::bigint;
      INSERT INTO ${s}.events (position, transaction_id, stream, revision, id, type, schema_version,
                               occurred_at, tenant_id, region, actor, correlation_id, causation_id,
                               policy_version, data, trace_context)
      SELECT v_xid * 1048576 + p_first_index + e.ord - 1,
             pg_current_xact_id(),
             p_stream,
             v_actual + e.ord,
             (e.doc->>'id')::uuid,
             e.doc->>'type',
             (e.doc->>'schemaVersion')::integer,
             e.doc->>'occurredAt',
             e.doc->>'tenantId',
             e.doc->>'region',
             e.doc->'actor',
             e.doc->>'correlationId',
             e.doc->>'causationId',
             e.doc->>'policyVersion',
             e.doc->'data',
             e.doc->'traceContext'
      FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(doc, ord);
      RETURN QUERY SELECT true, v_actual, v_actual + v_count, v_xid * 1048576 + p_first_index + v_count - 1;
    END
    $fn$`;
}

/**
 * append_events for one member of a group commit: the EXCEPTION block is a savepoint (PL/pgSQL runs
 * such a block as a subtransaction), so an append that fails is undone alone and its error comes
 * back as data while the group's transaction goes on. Measured on PGlite, this costs ~0.44 ms per
 * append in a group of 16 where SAVEPOINT/RELEASE statements around the call cost ~0.67 ms.
 */
function isolatedAppendFunction(s: string): string {
  return `CREATE OR REPLACE FUNCTION ${s}.append_events_isolated(
      p_stream text, p_expected text, p_first_index integer, p_events jsonb)
    RETURNS TABLE (appended boolean, actual_revision bigint, last_revision bigint, last_position bigint,
                   error_sqlstate text, error_constraint text, error_message text)
    LANGUAGE plpgsql AS $fn$
    DECLARE
      r            record;
      v_sqlstate   text;
      v_constraint text;
      v_message    text;
    BEGIN
      BEGIN
        SELECT * INTO r FROM ${s}.append_events(p_stream, p_expected, p_first_index, p_events);
      EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_sqlstate = RETURNED_SQLSTATE, v_constraint = CONSTRAINT_NAME, v_message = MESSAGE_TEXT;
        RETURN QUERY SELECT NULL::boolean, NULL::bigint, NULL::bigint, NULL::bigint, v_sqlstate, v_constraint, v_message;
        RETURN;
      END;
      RETURN QUERY SELECT r.appended, r.actual_revision, r.last_revision, r.last_position, NULL::text, NULL::text, NULL::text;
    END
    $fn$`;
}

/**
 * A whole group commit as one statement (so one implicit transaction): each member through
 * append_events_isolated, numbered after the members that succeeded before it, one result row per
 * member in order. On PGlite every statement is a round trip through the one connection; a group
 * of N appends costs one instead of BEGIN, N calls and COMMIT.
 *
 * p_members: [{ "stream", "expected", "events" }, ...] (expected as for append_events).
 */
function groupAppendFunction(s: string): string {
  return `CREATE OR REPLACE FUNCTION ${s}.append_events_group(p_members jsonb)
    RETURNS TABLE (member integer, appended boolean, actual_revision bigint, last_revision bigint, last_position bigint,
                   error_sqlstate text, error_constraint text, error_message text)
    LANGUAGE plpgsql AS $fn$
    DECLARE
      m       record;
      r       record;
      v_index integer := 0;
    BEGIN
      FOR m IN SELECT e.value AS doc, e.ordinality::integer AS n FROM jsonb_array_elements(p_members) WITH ORDINALITY AS e LOOP
        SELECT * INTO r FROM ${s}.append_events_isolated(m.doc->>'stream', m.doc->>'expected', v_index, m.doc->'events');
        IF r.appended THEN
          v_index := v_index + jsonb_array_length(m.doc->'events');
        END IF;
        RETURN QUERY SELECT m.n, r.appended, r.actual_revision, r.last_revision, r.last_position,
                            r.error_sqlstate, r.error_constraint, r.error_message;
      END LOOP;
    END
    $fn$`;
}

/**
 * Creates the schema if missing and (re)defines the append function. Idempotent; an advisory lock
 * keeps two processes opening the same schema at once from racing on CREATE ... IF NOT EXISTS.
 */
export async function migrate(client: SqlClient, schema: string): Promise<void> {
  const statements = ddl(schema);
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`aftersales.event-store.${schema}`]);
    for (const sql of statements) await tx.query(sql);
  });
}
