import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, PageResponseOf, REVISION, UUID } from '@aftersales/platform';

/* What the audit log endpoints answer (AU-1, AU-2); hashes are base64 as in the signed notes. */

const HASH = { type: String, format: 'byte', maxLength: 44, example: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=' } as const;
const NOTE = { type: String, maxLength: 20_000, description: 'A C2SP signed note (tlog-checkpoint): origin, tree size, root hash, `time <ISO-8601>`, a blank line, then `— <key name> <base64 signature>` lines (the log, then witnesses\' cosignature/v1)' };
const TREE_SIZE = { ...COUNT, format: 'int64', maximum: Number.MAX_SAFE_INTEGER, example: 1042 };

export class CheckpointResponse {
  @ApiProperty({ ...EXTERNAL_ID, maxLength: 200, example: 'aftersales.local/audit', description: 'The log origin, also the name of its key' })
  origin!: string;

  @ApiProperty(TREE_SIZE)
  size!: number;

  @ApiProperty(HASH)
  root!: string;

  @ApiProperty(INSTANT)
  time!: string;

  @ApiProperty(NOTE)
  note!: string;

  @ApiProperty({ type: String, maxLength: 300, description: "The log key that signed this checkpoint (the key of its tree size's period), `<name>+<hex key id>+<base64(0x01 || Ed25519 public key)>`" })
  verifierKey!: string;

  @ApiProperty({ type: [String], maxItems: 100, description: 'The witnesses whose cosignatures the note carries' })
  witnesses!: string[];

  @ApiProperty({ type: String, maxLength: 64, example: 'aftersales-event-jcs/1', description: 'How each leaf was serialized (RFC 8785, versioned)' })
  canonicalization!: string;
}

export class ArchivedActorResponse {
  @ApiProperty(EXTERNAL_ID)
  id!: string;

  @ApiProperty(EXTERNAL_ID)
  role!: string;
}

export class ArchivedEventResponse {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ type: String, maxLength: 200, example: 'intake.ComplaintRegistered' })
  type!: string;

  @ApiProperty({ ...COUNT, example: 1 })
  schemaVersion!: number;

  @ApiProperty({ type: String, maxLength: 300, example: 'intake.complaint-0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10' })
  stream!: string;

  @ApiProperty(REVISION)
  revision!: string;

  @ApiProperty(INSTANT)
  occurredAt!: string;

  @ApiProperty(EXTERNAL_ID)
  tenantId!: string;

  @ApiProperty(EXTERNAL_ID)
  region!: string;

  @ApiProperty({ type: ArchivedActorResponse })
  actor!: ArchivedActorResponse;

  @ApiProperty({ type: String, maxLength: 200 })
  correlationId!: string;

  @ApiNullable({ type: String, maxLength: 200 })
  causationId!: string | null;

  @ApiNullable({ type: String, maxLength: 200 })
  policyVersion!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event data exactly as its context recorded it' })
  data!: unknown;
}

export class LogEntryResponse {
  @ApiProperty({ ...TREE_SIZE, description: 'Archive position: the leaf index' })
  position!: number;

  @ApiProperty({ type: String, maxLength: 64, example: 'intake' })
  context!: string;

  @ApiProperty({ ...REVISION, description: "The event's position in its source event store" })
  sourcePosition!: string;

  @ApiProperty({ type: String, maxLength: 64, example: 'aftersales-event-jcs/1' })
  canonicalization!: string;

  @ApiProperty({ type: ArchivedEventResponse })
  event!: ArchivedEventResponse;

  @ApiProperty({ ...HASH, description: 'H(0x00 || canonical bytes)' })
  leafHash!: string;

  @ApiProperty({ ...TREE_SIZE, description: 'The tree size the proof is for (a signed checkpoint)' })
  treeSize!: number;

  @ApiProperty({ type: [String], maxItems: 64, description: 'RFC 9162 inclusion proof, leaf first (base64 hashes)' })
  inclusionProof!: string[];
}

export class ConsistencyProofResponse {
  @ApiProperty(TREE_SIZE)
  from!: number;

  @ApiProperty(TREE_SIZE)
  to!: number;

  @ApiProperty({ type: [String], maxItems: 128, description: 'RFC 9162 consistency proof (base64 hashes)' })
  proof!: string[];
}

export class DifferenceResponse {
  @ApiProperty({ ...TREE_SIZE, description: 'Archive position (leaf index)' })
  position!: number;

  @ApiProperty({ type: String, maxLength: 36 })
  eventId!: string;

  @ApiProperty({ type: String, maxLength: 300 })
  stream!: string;

  @ApiProperty({ type: String, maxLength: 64 })
  context!: string;

  @ApiProperty({ type: String, maxLength: 20 })
  sourcePosition!: string;

  @ApiProperty({ type: String, maxLength: 200 })
  reason!: string;
}

export class VerifiedCheckpointResponse {
  @ApiProperty(TREE_SIZE)
  size!: number;

  @ApiProperty(HASH)
  root!: string;

  @ApiProperty(INSTANT)
  time!: string;
}

export class ArchiveCheckResponse {
  @ApiProperty(TREE_SIZE)
  checked!: number;

  @ApiNullable({ type: DifferenceResponse })
  firstDifference!: DifferenceResponse | null;
}

export class SourceContextResponse {
  @ApiProperty({ type: String, maxLength: 64, example: 'intake' })
  context!: string;

  @ApiNullable({ type: String, maxLength: 200, description: 'The source event store read for this context; null when none is configured (AUDIT_SOURCE_STORES)', example: 'postgres schema aftersales' })
  store!: string | null;

  @ApiProperty({ ...TREE_SIZE, description: "Signed events of this context recomputed from its source" })
  checked!: number;

  @ApiProperty({ ...TREE_SIZE, description: 'Signed events of this context not read back: no store configured, or the store could not be read' })
  unreachable!: number;

  @ApiNullable({ type: String, maxLength: 200, description: 'Why some were unreachable; null when all were read' })
  reason!: string | null;
}

export class SourceCheckResponse {
  @ApiProperty(TREE_SIZE)
  checked!: number;

  @ApiProperty({ ...TREE_SIZE, description: 'Events whose source event store this process cannot reach' })
  unreachable!: number;

  @ApiProperty({ description: 'Every signed event was read back at its source (no context unreachable)' })
  complete!: boolean;

  @ApiNullable({ type: DifferenceResponse })
  firstDifference!: DifferenceResponse | null;

  @ApiProperty({ type: [SourceContextResponse], maxItems: 64, description: 'Per context of the signed events, by name' })
  contexts!: SourceContextResponse[];
}

export class VerificationReportResponse {
  @ApiProperty({ description: 'The checkpoint verifies and neither the archive nor any source differs from it' })
  ok!: boolean;

  @ApiNullable({ type: VerifiedCheckpointResponse })
  checkpoint!: VerifiedCheckpointResponse | null;

  @ApiProperty({ enum: ['valid', 'invalid', 'none'] })
  signature!: 'valid' | 'invalid' | 'none';

  @ApiProperty({ enum: ['matches', 'differs', 'none'], description: "Whether the stored leaf hashes reproduce the checkpoint's signed root" })
  storedTree!: 'matches' | 'differs' | 'none';

  @ApiProperty({ type: ArchiveCheckResponse })
  archive!: ArchiveCheckResponse;

  @ApiProperty({ type: SourceCheckResponse })
  sources!: SourceCheckResponse;

  @ApiProperty({ ...TREE_SIZE, description: 'Events archived after the checkpoint (no signature covers them yet)' })
  unsigned!: number;
}

export class BundleCaseResponse {
  @ApiProperty({ type: String, maxLength: 64, example: 'complaint' })
  kind!: string;

  @ApiProperty({ type: String, maxLength: 128 })
  id!: string;

  @ApiProperty({ type: String, maxLength: 300 })
  stream!: string;

  @ApiProperty(EXTERNAL_ID)
  tenantId!: string;
}

const VERIFIER_KEY = { type: String, maxLength: 300, description: 'A log verifier key, `<name>+<hex key id>+<base64 key>`' };

export class KeyPeriodResponse {
  @ApiProperty(VERIFIER_KEY)
  verifierKey!: string;

  @ApiProperty({ ...TREE_SIZE, description: 'The first tree size this key signs' })
  fromSize!: number;

  @ApiNullable({ ...TREE_SIZE, description: 'The tree size from which the next key signs (exclusive); null for the current key' })
  untilSize!: number | null;
}

export class BundleRotationResponse {
  @ApiProperty({ type: String, maxLength: 4000, description: 'The rotation statement (a signed note by the previous key)' })
  statement!: string;

  @ApiProperty({ ...TREE_SIZE, description: 'Archive position of the event carrying it (below its `from`)' })
  position!: number;

  @ApiProperty({ type: ArchivedEventResponse })
  event!: ArchivedEventResponse;

  @ApiProperty(HASH)
  leafHash!: string;

  @ApiProperty({ type: [String], maxItems: 64, description: "RFC 9162 inclusion proof to the bundle's checkpoint" })
  inclusionProof!: string[];
}

export class BundleLogResponse {
  @ApiProperty({ type: String, maxLength: 200 })
  origin!: string;

  @ApiProperty({ ...VERIFIER_KEY, description: 'The last key of keyHistory: the key of the newest period the checkpoint covers' })
  verifierKey!: string;

  @ApiProperty({ type: [String], maxItems: 100, description: 'Every key the log signed with, oldest first' })
  keyHistory!: string[];

  @ApiProperty({ type: [KeyPeriodResponse], maxItems: 100, description: 'Each key of keyHistory with the tree sizes it signs' })
  keyPeriods!: KeyPeriodResponse[];

  @ApiProperty({ type: [BundleRotationResponse], maxItems: 99, description: 'The logged rotations within the checkpoint, oldest first: rotations[i] leads from keyHistory[i] to keyHistory[i + 1]' })
  rotations!: BundleRotationResponse[];

  @ApiProperty({ type: [String], maxItems: 100, description: "Witnesses' cosignature/v1 verifier keys" })
  witnessKeys!: string[];
}

export class BundleConsistencyResponse {
  @ApiProperty(TREE_SIZE)
  from!: number;

  @ApiProperty({ type: [String], maxItems: 128 })
  proof!: string[];
}

export class BundleEventResponse {
  @ApiProperty({ ...TREE_SIZE, description: 'Archive position (leaf index)' })
  position!: number;

  @ApiProperty({ type: String, maxLength: 64 })
  context!: string;

  @ApiProperty(REVISION)
  sourcePosition!: string;

  @ApiProperty({ type: ArchivedEventResponse })
  event!: ArchivedEventResponse;

  @ApiProperty(HASH)
  leafHash!: string;

  @ApiProperty({ type: [String], maxItems: 64 })
  inclusionProof!: string[];
}

export class EvidenceBundleResponse {
  @ApiProperty({ enum: ['aftersales-evidence-bundle/1'] })
  format!: 'aftersales-evidence-bundle/1';

  @ApiProperty({ type: BundleCaseResponse })
  case!: BundleCaseResponse;

  @ApiProperty({ type: String, maxLength: 64, example: 'aftersales-event-jcs/1' })
  canonicalization!: string;

  @ApiProperty({ type: BundleLogResponse })
  log!: BundleLogResponse;

  @ApiProperty(NOTE)
  checkpoint!: string;

  @ApiProperty({ type: [BundleConsistencyResponse], maxItems: 1, description: 'From trustedSize to the checkpoint, when asked for' })
  consistency!: BundleConsistencyResponse[];

  @ApiProperty({ type: [BundleEventResponse], maxItems: 100_000 })
  events!: BundleEventResponse[];

  @ApiProperty(INSTANT)
  exportedAt!: string;
}

export class ReplayedEventResponse {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ type: String, maxLength: 200 })
  type!: string;

  @ApiProperty(INSTANT)
  occurredAt!: string;

  @ApiProperty({ ...TREE_SIZE, description: 'Archive position' })
  position!: number;
}

export class CaseReplayResponse {
  @ApiProperty({ type: String, maxLength: 64 })
  kind!: string;

  @ApiProperty({ type: String, maxLength: 128 })
  id!: string;

  @ApiProperty(INSTANT)
  at!: string;

  @ApiProperty({ ...COUNT, description: "The case's own events at or before `at`, folded" })
  eventsApplied!: number;

  @ApiNullable({ type: ReplayedEventResponse })
  lastEvent!: ReplayedEventResponse | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The decider's state, folded with its own evolve" })
  state!: unknown;

  @ApiNullable({ type: 'object', additionalProperties: true, description: 'The view the context folds for GET (before presentation); null before the first event' })
  view!: unknown;
}

const OBLIGATION = { type: String, maxLength: 120, example: 'acknowledge', description: "The context's obligation name (intake's `acknowledge`, QA's `qa_opinion`, a CAPA's due date…)" };
const VERSION = { type: String, maxLength: 200 };

export class CaseFileActorResponse {
  @ApiProperty({ ...EXTERNAL_ID, maxLength: 128 })
  id!: string;

  @ApiProperty({ type: String, maxLength: 64, example: 'customer_service' })
  role!: string;
}

export class CaseFileDeadlineEffectResponse {
  @ApiProperty(OBLIGATION)
  obligation!: string;

  @ApiProperty({ enum: ['opened', 'rescheduled', 'met', 'met_late', 'missed', 'cancelled'] })
  effect!: string;

  @ApiProperty(INSTANT)
  dueAt!: string;
}

export class CaseFileTimelineEntryResponse {
  @ApiProperty({ ...TREE_SIZE, description: 'Archive position' })
  position!: number;

  @ApiProperty({ type: String, maxLength: 64, example: 'intake' })
  context!: string;

  @ApiProperty({ ...REVISION, description: "The event's position in its source event store" })
  sourcePosition!: string;

  @ApiProperty({ type: String, maxLength: 300 })
  stream!: string;

  @ApiProperty(UUID)
  eventId!: string;

  @ApiProperty({ type: String, maxLength: 200, example: 'intake.ComplaintRegistered' })
  type!: string;

  @ApiProperty(INSTANT)
  occurredAt!: string;

  @ApiProperty({ type: CaseFileActorResponse })
  actor!: CaseFileActorResponse;

  @ApiNullable({ ...VERSION, description: 'The policy version that decided the event (envelope)' })
  policyVersion!: string | null;

  @ApiNullable({ ...VERSION, description: "The calendar version its deadlines were counted with (the event's calendarVersion)" })
  calendarVersion!: string | null;

  @ApiProperty({ type: [CaseFileDeadlineEffectResponse], description: 'What the event did to the case\'s deadlines, by its context\'s obligation rules' })
  deadlines!: CaseFileDeadlineEffectResponse[];
}

export class CaseFileEventRefResponse {
  @ApiProperty(UUID)
  eventId!: string;

  @ApiProperty({ ...TREE_SIZE, description: 'Archive position' })
  position!: number;

  @ApiProperty(INSTANT)
  occurredAt!: string;
}

export class CaseFileDeadlineResponse {
  @ApiProperty({ type: String, maxLength: 64 })
  context!: string;

  @ApiProperty({ type: String, maxLength: 300 })
  stream!: string;

  @ApiProperty(OBLIGATION)
  obligation!: string;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: ['open', 'met', 'met_late', 'missed', 'cancelled'], description: 'As recorded: met, met late, missed (by the scheduler), cancelled (the case ended) or still open' })
  state!: string;

  @ApiProperty({ type: Boolean, description: 'Open and past due at `asOf`: missed though no miss is recorded yet' })
  overdue!: boolean;

  @ApiNullable({ ...EXTERNAL_ID, maxLength: 128 })
  responsibleId!: string | null;

  @ApiProperty({ type: CaseFileEventRefResponse })
  openedBy!: CaseFileEventRefResponse;

  @ApiNullable({ type: CaseFileEventRefResponse, description: 'The event that met, missed or cancelled it; null while open' })
  settledBy!: CaseFileEventRefResponse | null;
}

export class CaseFileDeadlineCountsResponse {
  @ApiProperty(COUNT) met!: number;
  @ApiProperty(COUNT) metLate!: number;
  @ApiProperty(COUNT) missed!: number;
  @ApiProperty(COUNT) overdue!: number;
  @ApiProperty(COUNT) open!: number;
  @ApiProperty(COUNT) cancelled!: number;
}

export class CaseFileSummaryResponse {
  @ApiProperty(COUNT)
  events!: number;

  @ApiProperty({ type: [String], maxItems: 64 })
  contexts!: string[];

  @ApiProperty({ type: CaseFileDeadlineCountsResponse })
  deadlines!: CaseFileDeadlineCountsResponse;
}

export class CaseFileVersionsResponse {
  @ApiProperty({ type: [String], maxItems: 1000 })
  policy!: string[];

  @ApiProperty({ type: [String], maxItems: 1000 })
  calendar!: string[];
}

export class CaseFileResponse {
  @ApiProperty({ type: String, maxLength: 64 })
  kind!: string;

  @ApiProperty({ type: String, maxLength: 128 })
  id!: string;

  @ApiProperty({ type: String, maxLength: 300 })
  stream!: string;

  @ApiProperty({ ...INSTANT, description: 'The instant the file stands at: `at`, or now' })
  asOf!: string;

  @ApiProperty({ type: [CaseFileTimelineEntryResponse], description: "The case's events across contexts (its own stream and every event sharing its correlation ids), in archive order" })
  timeline!: CaseFileTimelineEntryResponse[];

  @ApiProperty({ type: [CaseFileDeadlineResponse], description: "Every deadline the case's contexts tracked, from their own obligation rules" })
  deadlines!: CaseFileDeadlineResponse[];

  @ApiProperty({ type: CaseFileVersionsResponse })
  versions!: CaseFileVersionsResponse;

  @ApiProperty({ type: CaseFileSummaryResponse })
  summary!: CaseFileSummaryResponse;
}

export class LoggedRotationResponse {
  @ApiProperty(UUID)
  eventId!: string;

  @ApiProperty({ type: String, maxLength: 4000, description: 'The rotation statement as taken in (a signed note by previousKey)' })
  statement!: string;

  @ApiProperty(VERIFIER_KEY)
  previousKey!: string;

  @ApiProperty(VERIFIER_KEY)
  newKey!: string;

  @ApiProperty({ ...TREE_SIZE, description: 'Checkpoints of this tree size and larger are signed by newKey' })
  fromSize!: number;

  @ApiProperty(INSTANT)
  occurredAt!: string;

  @ApiNullable({ ...TREE_SIZE, description: 'Archive position of its audit.LogKeyRotated event; null while not archived yet' })
  position!: number | null;

  @ApiProperty({
    enum: ['effective', 'void', 'pending'],
    description: '`effective`: in the log below its from, part of the chain; `void`: it reached the log at or past its from and changes nothing; `pending`: stored, not archived yet',
  })
  state!: 'effective' | 'void' | 'pending';
}

export class RotationResponse {
  @ApiProperty({ description: 'False when this statement was logged before (the request is idempotent)' })
  created!: boolean;

  @ApiProperty({ type: LoggedRotationResponse })
  rotation!: LoggedRotationResponse;

  @ApiProperty({ type: [KeyPeriodResponse], maxItems: 100, description: 'The chain of keys now' })
  keyPeriods!: KeyPeriodResponse[];
}

export class LogKeysResponse {
  @ApiProperty({ type: String, maxLength: 200 })
  origin!: string;

  @ApiProperty({ ...VERIFIER_KEY, description: 'The last key of the chain: the one newer checkpoints are signed with once the log reaches its from' })
  currentKey!: string;

  @ApiProperty({ type: [KeyPeriodResponse], maxItems: 100, description: 'Every key with the tree sizes it signs, oldest first' })
  keyPeriods!: KeyPeriodResponse[];

  @ApiProperty({ type: [LoggedRotationResponse], maxItems: 1000, description: 'Every rotation taken in, oldest first' })
  rotations!: LoggedRotationResponse[];
}

export class LogVerificationStarterResponse {
  @ApiProperty(EXTERNAL_ID)
  id!: string;

  @ApiProperty(EXTERNAL_ID)
  tenantId!: string;
}

export class LogVerificationProgressResponse {
  @ApiProperty({ ...TREE_SIZE, description: 'Positions checked so far (archive and sources), from 0' })
  checked!: number;

  @ApiProperty({ ...TREE_SIZE, description: "Positions to check: the checkpoint's tree size" })
  total!: number;
}

export class LogVerificationResponse {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({
    enum: ['running', 'done', 'failed'],
    description:
      '`running` (also while a restarted process has yet to resume it), `done` (the report is kept), `failed` (audit could not read its own archive: `error`; no report)',
  })
  status!: 'running' | 'done' | 'failed';

  @ApiProperty({ type: VerifiedCheckpointResponse, description: 'The signed checkpoint verified' })
  checkpoint!: VerifiedCheckpointResponse;

  @ApiProperty({ type: LogVerificationProgressResponse })
  progress!: LogVerificationProgressResponse;

  @ApiProperty({ type: LogVerificationStarterResponse, description: 'The admin who started it' })
  startedBy!: LogVerificationStarterResponse;

  @ApiProperty(INSTANT)
  startedAt!: string;

  @ApiProperty({ ...INSTANT, description: 'When its progress was last kept' })
  updatedAt!: string;

  @ApiNullable(INSTANT)
  finishedAt!: string | null;

  @ApiProperty({ ...COUNT, description: 'How many times a restarted process took it up again from its last kept chunk' })
  resumed!: number;

  @ApiNullable({ type: VerificationReportResponse, description: 'The report, as POST …/log/verify answers it, once every position is checked; null before (never a report of a run that did not finish)' })
  report!: VerificationReportResponse | null;

  @ApiNullable({ type: String, maxLength: 300, description: 'Why a failed run stopped' })
  error!: string | null;
}

export class LogVerificationPageResponse extends PageResponseOf(LogVerificationResponse, 'LogVerificationPageBase') {}
