import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ConfigError, loadConfig } from '@aftersales/platform';
import type { AuditModuleOptions } from './audit.module';
import { parseSourceStores } from './log/source-stores.config';

/** Audit's own settings: whichever process runs audit (standalone or its service) reads them here. */
export class AuditConfig {
  /** The checkpoint origin and log key name (c2sp.org/tlog-checkpoint): one line, no spaces or '+'. */
  @IsString()
  @Matches(/^[^\s+]{1,200}$/, { message: 'AUDIT_LOG_ORIGIN must be a name without spaces or "+", such as acme.example/aftersales-audit' })
  AUDIT_LOG_ORIGIN: string = 'aftersales.local/audit';

  /** The log's Ed25519 signing key (PKCS#8 PEM). Standalone: generated into DATA_DIR/audit when unset. */
  @IsOptional()
  @IsString()
  AUDIT_SIGNING_KEY_FILE?: string;

  /**
   * More log keys (PKCS#8 PEM files, comma-separated): the next key of a rotation, and the previous
   * one while it still signs the tree sizes before the rotation's `from` (docs/audit.md "Key rotation").
   */
  @IsOptional()
  @IsString()
  AUDIT_SIGNING_KEY_FILES?: string;

  /**
   * The tenant whose administrators may rotate the log's key (the log is one for every tenant). Unset:
   * any tenant's admin may (a deployment for one organisation); a deployment for several sets it to
   * the operator's tenant, so a tenant's admin cannot change the key every tenant's evidence hangs on,
   * and the rotation's logged actor (in every tenant's bundles) is the operator's.
   */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'AUDIT_OPERATOR_TENANT may hold 1 to 100 letters, digits, ".", "_", ":" and "-" (a tenant id)' })
  AUDIT_OPERATOR_TENANT?: string;

  /** Witnesses' cosignature/v1 verifier keys, comma-separated (`<name>+<hex id>+<base64 key>`). */
  @IsOptional()
  @IsString()
  AUDIT_WITNESS_KEYS?: string;

  /** How often a checkpoint is signed when the log grew, in milliseconds (default one hour). */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @Min(1000)
  @Max(86_400_000)
  @IsInt({ message: 'AUDIT_CHECKPOINT_INTERVAL_MS must be a whole number of milliseconds from 1000 to 86400000' })
  AUDIT_CHECKPOINT_INTERVAL_MS: number = 3_600_000;

  /**
   * The other contexts' event stores, read only by verify (distributed mode): a JSON object keyed
   * by context (parseSourceStores). Unset: their events are checked against the archive and the
   * signed log only, and reported unreachable at their source.
   */
  @IsOptional()
  @IsString()
  AUDIT_SOURCE_STORES?: string;
}

/**
 * Audit's module options from the environment. `dataDir` is the standalone's: its log key is
 * generated there. A service runs the log only when AUDIT_SIGNING_KEY_FILE configures its key, and
 * then archives every context's record from Kafka (READ_MODELS=postgres).
 */
export function auditSettings(env: NodeJS.ProcessEnv = process.env, standalone: { dataDir: string } | null = null): AuditModuleOptions {
  const config = loadConfig(AuditConfig, env);
  const sourceStores = parseSourceStores(config.AUDIT_SOURCE_STORES);
  if (standalone && sourceStores.length > 0) throw new ConfigError(['AUDIT_SOURCE_STORES is for the audit service in distributed mode: the standalone verifies against its one event store']);
  if (!standalone && !config.AUDIT_SIGNING_KEY_FILE) {
    if (sourceStores.length > 0) throw new ConfigError(['AUDIT_SOURCE_STORES is set but AUDIT_SIGNING_KEY_FILE is not: without its key the service runs no log to verify']);
    return {};
  }
  return {
    log: {
      origin: config.AUDIT_LOG_ORIGIN,
      signingKeyFile: config.AUDIT_SIGNING_KEY_FILE,
      signingKeyFiles: listOf(config.AUDIT_SIGNING_KEY_FILES),
      operatorTenant: config.AUDIT_OPERATOR_TENANT,
      dataDir: standalone?.dataDir,
      witnessKeys: listOf(config.AUDIT_WITNESS_KEYS),
      checkpointIntervalMs: config.AUDIT_CHECKPOINT_INTERVAL_MS,
      // The standalone's archive follows its one event store; a service's, every context's record topic.
      follow: standalone ? 'event-store' : 'record-topics',
      sourceStores,
    },
  };
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(',').map((k) => k.trim()).filter((k) => k.length > 0);
}
