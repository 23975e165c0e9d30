import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, NotFoundError } from '@aftersales/eventsourcing';
import { ApiErrors, BODY_ERRORS, Caller, PARAMETER_ERRORS, Role, Roles, uuidParam } from '@aftersales/platform';
import { AUDIT } from '@aftersales/audit-domain';
import { CANONICALIZATION, eventLeafHash } from '@aftersales/verifiable-log';
import { AuditLog } from './audit-log';
import { AuditAccessRecorder } from './audit-log.runner';
import { ConsistencyQuery, CosignatureDto, LogEntryQuery, RotationRequestDto } from './audit-log.request.dto';
import { CheckpointResponse, ConsistencyProofResponse, LogEntryResponse, LogKeysResponse, RotationResponse, VerificationReportResponse } from './audit-log.response.dto';
import { AUDIT_LOG, AuditCheckpoints, SignedCheckpoint } from './checkpoints';
import { LogKeyChain, LoggedRotation } from './key-chain';
import { LogVerifier } from './log-verifier';
import { LOG_KEYS, LogKeys } from './log-keys';
import { LOG_VERIFIER } from './verifications';

/** Who reads the log (checkpoints, entries, proofs) and who runs it (sign, cosign, verify). */
export const LOG_READERS: Role[] = ['auditor', 'admin'];
export const LOG_ADMINS: Role[] = ['admin'];

const NO_CHECKPOINT = { 404: [AUDIT.CHECKPOINT_NOT_FOUND] };

/**
 * The audit log over HTTP (AU-1, AU-2): the latest signed checkpoint, an archived event with its
 * inclusion proof, consistency proofs between checkpoints, signing on demand, witnesses'
 * cosignatures, and verify. Reading an archived event is itself recorded.
 */
@ApiTags('audit')
@Controller('audit/log')
export class AuditLogController {
  constructor(
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
    @Inject(LOG_KEYS) private readonly keys: LogKeys,
    @Inject(LOG_VERIFIER) private readonly verifier: LogVerifier,
    private readonly access: AuditAccessRecorder,
    private readonly chain: LogKeyChain,
  ) {}

  @Get('checkpoint')
  @Roles(...LOG_READERS)
  @ApiOperation({ summary: 'The latest signed checkpoint of the audit log, with its cosignatures and the verifier key' })
  @ApiOkResponse({ type: CheckpointResponse })
  @ApiErrors(NO_CHECKPOINT)
  async latest(): Promise<CheckpointResponse> {
    const latest = await this.checkpoints.latest();
    if (!latest) throw new NotFoundError(AUDIT.CHECKPOINT_NOT_FOUND, 'the audit log has no signed checkpoint yet');
    return this.present(latest);
  }

  @Post('checkpoints')
  @HttpCode(200)
  @Roles(...LOG_ADMINS)
  @ApiOperation({ summary: 'Signs a checkpoint of the log as it is now (the existing one when the log has not grown)' })
  @ApiOkResponse({ type: CheckpointResponse })
  async sign(): Promise<CheckpointResponse> {
    return this.present(await this.checkpoints.sign());
  }

  @Post('cosignatures')
  @HttpCode(200)
  @Roles(...LOG_ADMINS)
  @ApiOperation({ summary: "Stores a witness's cosignature (cosignature/v1, made offline with `audit cosign`) with its checkpoint" })
  @ApiOkResponse({ type: CheckpointResponse })
  @ApiErrors(BODY_ERRORS, NO_CHECKPOINT, { 422: [AUDIT.COSIGNATURE_INVALID] })
  async cosign(@Body() body: CosignatureDto): Promise<CheckpointResponse> {
    return this.present(await this.checkpoints.cosign(body.treeSize, body.line));
  }

  @Post('rotations')
  @HttpCode(200)
  @Roles(...LOG_ADMINS)
  @ApiOperation({
    summary:
      "Rotates the log's signing key (AU-2): takes in a rotation statement signed by the current key (`audit rotate-key`), or (standalone, no statement or `generate: true`) generates the next key and signs the statement itself; logs it as an audit.LogKeyRotated event. The same statement again answers the rotation logged first",
  })
  @ApiOkResponse({ type: RotationResponse })
  @ApiErrors(BODY_ERRORS, {
    403: [AUDIT.NOT_LOG_OPERATOR],
    409: [AUDIT.ROTATION_OVERTAKEN],
    422: [
      AUDIT.ROTATION_MALFORMED,
      AUDIT.ROTATION_WRONG_LOG,
      AUDIT.ROTATION_NOT_SIGNED_BY_CURRENT_KEY,
      AUDIT.ROTATION_KEY_ALREADY_USED,
      AUDIT.ROTATION_KEY_NOT_HELD,
      AUDIT.ROTATION_FROM_TOO_SMALL,
      AUDIT.ROTATION_KEY_GENERATION_UNAVAILABLE,
    ],
  })
  async rotate(@Caller() caller: Caller, @Body() body: RotationRequestDto): Promise<RotationResponse> {
    let taken: { rotation: LoggedRotation; created: boolean };
    if (body.statement !== undefined) {
      if (body.generate === true || body.fromSize !== undefined) {
        const reason = 'a statement names its own new key and from: send a statement, or generate (with fromSize), not both';
        throw new DomainError(AUDIT.ROTATION_MALFORMED, reason, { reason, fields: ['statement', ...(body.generate === true ? ['generate'] : []), ...(body.fromSize !== undefined ? ['fromSize'] : [])] });
      }
      taken = await this.chain.take(caller, body.statement);
    } else {
      if (body.generate === false) {
        const reason = 'nothing to rotate to: send a statement, or generate';
        throw new DomainError(AUDIT.ROTATION_MALFORMED, reason, { reason, fields: ['statement', 'generate'] });
      }
      taken = await this.chain.generate(caller, body.fromSize);
    }
    const { periods } = await this.chain.state();
    return { created: taken.created, rotation: taken.rotation, keyPeriods: [...periods] };
  }

  @Get('keys')
  @Roles(...LOG_READERS)
  @ApiOperation({ summary: "The log's keys, each with the tree sizes it signs, and every rotation taken in (the read is recorded)" })
  @ApiOkResponse({ type: LogKeysResponse })
  async logKeys(@Caller() caller: Caller): Promise<LogKeysResponse> {
    const { periods, rotations } = await this.chain.state();
    await this.access.record(caller, 'log-keys', 'audit-log', `${periods.length} keys`);
    return { origin: this.keys.origin, currentKey: periods[periods.length - 1].verifierKey, keyPeriods: [...periods], rotations: [...rotations] };
  }

  @Get('entries/:eventId')
  @Roles(...LOG_READERS)
  @ApiOperation({ summary: "An archived event of the caller's tenant with its inclusion proof to a signed checkpoint (the read is recorded)" })
  @ApiOkResponse({ type: LogEntryResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [AUDIT.EVENT_NOT_ARCHIVED, AUDIT.CHECKPOINT_NOT_FOUND], 422: [AUDIT.TREE_SIZE_OUT_OF_RANGE] })
  async entry(@Caller() caller: Caller, @Param('eventId', uuidParam('eventId')) eventId: string, @Query() query: LogEntryQuery): Promise<LogEntryResponse> {
    const entry = await this.log.entry(eventId);
    if (!entry || entry.event.tenantId !== caller.user.tenantId) throw new NotFoundError(AUDIT.EVENT_NOT_ARCHIVED, `event ${eventId} is not in the audit archive`, { eventId });
    const checkpoint = query.treeSize === undefined ? await this.checkpoints.latest() : await this.checkpoints.at(query.treeSize);
    if (!checkpoint) throw new NotFoundError(AUDIT.CHECKPOINT_NOT_FOUND, 'the audit log has no signed checkpoint yet');
    if (entry.index >= checkpoint.size) {
      throw new DomainError(AUDIT.TREE_SIZE_OUT_OF_RANGE, `event ${eventId} was archived at position ${entry.index}, after the checkpoint of size ${checkpoint.size}: sign a newer one`, {
        position: entry.index,
        treeSize: checkpoint.size,
      });
    }
    const proof = await this.log.inclusionProof(entry.index, checkpoint.size);
    await this.access.record(caller, 'log-entry', eventId, entry.stream);
    return {
      position: entry.index,
      context: entry.context,
      sourcePosition: entry.sourcePosition,
      canonicalization: entry.canonicalization,
      event: entry.event as LogEntryResponse['event'],
      leafHash: eventLeafHash(entry.event, entry.canonicalization).toString('base64'),
      treeSize: checkpoint.size,
      inclusionProof: proof.map((p) => p.toString('base64')),
    };
  }

  @Get('consistency')
  @Roles(...LOG_READERS)
  @ApiOperation({ summary: 'An RFC 9162 consistency proof between two signed tree sizes (the log only grew)' })
  @ApiOkResponse({ type: ConsistencyProofResponse })
  @ApiErrors(PARAMETER_ERRORS, NO_CHECKPOINT, { 422: [AUDIT.TREE_SIZE_OUT_OF_RANGE] })
  async consistency(@Query() query: ConsistencyQuery): Promise<ConsistencyProofResponse> {
    if (query.from > query.to) throw new DomainError(AUDIT.TREE_SIZE_OUT_OF_RANGE, `from (${query.from}) is after to (${query.to})`, { from: query.from, to: query.to });
    await this.checkpoints.at(query.to);
    if (query.from > 0) await this.checkpoints.at(query.from);
    const proof = await this.log.consistencyProof(query.from, query.to);
    return { from: query.from, to: query.to, proof: proof.map((p) => p.toString('base64')) };
  }

  @Post('verify')
  @HttpCode(200)
  @Roles(...LOG_ADMINS)
  @ApiOperation({ summary: 'Recomputes every signed leaf from the archive and the source event stores; names the first position that differs' })
  @ApiOkResponse({ type: VerificationReportResponse })
  async verify(@Caller() caller: Caller): Promise<VerificationReportResponse> {
    const report = await this.verifier.verify();
    await this.access.record(caller, 'verification', 'audit-log', report.ok ? 'ok' : 'differs');
    return { ...report, sources: { ...report.sources, contexts: [...report.sources.contexts] } };
  }

  private present(checkpoint: SignedCheckpoint): CheckpointResponse {
    return { origin: this.keys.origin, ...checkpoint, witnesses: [...checkpoint.witnesses], canonicalization: CANONICALIZATION };
  }
}
