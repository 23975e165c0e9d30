import { AuditSource, EventStoreSource, SourceStoreSetting, sourceStoreName } from '@aftersales/audit';
import { openPostgresEventReader } from '@aftersales/adapters-postgres';
import { EventStoreDbEventStore } from '@aftersales/adapters-eventstoredb';

/**
 * The other contexts' event stores, opened read-only for verify (AU-2; AUDIT_SOURCE_STORES). Nothing
 * connects here: a store that is down fails verify's read of it, which reports that context
 * unreachable, and never the start or the readiness of the audit service.
 * - PostgreSQL: no migration, no LISTEN, read-only sessions (openPostgresEventReader); found by
 *   source position, then by stream and revision.
 * - EventStoreDB: only readStream by stream and revision is called (its $all cannot be read from an
 *   arbitrary position); the adapter writes nothing until append, which verify never calls. Give it
 *   a user whose ACL only reads for the server to refuse writes too.
 */
export function openAuditSources(settings: readonly SourceStoreSetting[]): AuditSource[] {
  return settings.map((setting) =>
    setting.kind === 'postgres'
      ? new EventStoreSource(sourceStoreName(setting), openPostgresEventReader({ url: setting.url, schema: setting.schema }), setting.contexts, 'position')
      : new EventStoreSource(sourceStoreName(setting), EventStoreDbEventStore.fromConnectionString(setting.url), setting.contexts, 'stream'),
  );
}
