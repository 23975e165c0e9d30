import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { READERS } from '../audit.http';
import { AuditAccessRecorder } from '../log/audit-log.runner';
import { LABELS, disclosureTable, kpiTable, packPdf, packSectionCsv, packXlsx, tableCsv, tableXlsx } from './evidence-files';
import { EvidenceReader } from './evidence-reader';
import { DisclosureQuery, DisclosureResponse, EvidencePackQuery, EvidencePackResponse, KpiQuery, KpiResponse } from './evidence.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

function files(json: string, extra: Record<string, object> = {}) {
  return {
    'application/json': { schema: { $ref: json } },
    'text/csv': { schema: { type: 'string', maxLength: 100_000_000 } },
    [XLSX]: { schema: { type: 'string', format: 'binary' } },
    ...extra,
  };
}

/**
 * Certification evidence (AU-4, AU-5, AU-6), read from audit's archive of every context's events.
 * Auditors and administrators read; each evidence-pack read is itself recorded (AU-2).
 */
@ApiTags('audit')
@Controller('audit/evidence')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceReader,
    private readonly access: AuditAccessRecorder,
  ) {}

  @Get('pack')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'GetEvidencePack', summary: 'AU-4: the evidence pack of a region and period: commitments and whether kept, complaint handling, satisfaction, CAPA closure, policy and calendar versions, nonconformities; JSON, CSV (one section), XLSX or PDF (the read is recorded)' })
  @ApiExtraModels(EvidencePackResponse)
  @ApiOkResponse({ description: 'The pack in the format asked for', content: files(getSchemaPath(EvidencePackResponse), { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }) })
  @ApiErrors(PARAMETER_ERRORS)
  async pack(@Caller() caller: Caller, @Query() query: EvidencePackQuery): Promise<EvidencePackResponse | StreamableFile> {
    const period = this.evidence.period(query.region, query.period);
    const pack = await this.evidence.pack(caller, query.region, period);
    const format = query.format ?? 'json';
    await this.access.record(caller, 'evidence-pack', `${query.region}/${query.period}`, format);
    const name = `evidence-pack-${query.region}-${query.period}`;
    if (format === 'csv') {
      const section = query.section ?? 'commitments';
      return new StreamableFile(packSectionCsv(pack, section), { type: CSV, disposition: `attachment; filename="${name}-${section}.csv"` });
    }
    if (format === 'xlsx') return new StreamableFile(await packXlsx(pack), { type: XLSX, disposition: `attachment; filename="${name}.xlsx"` });
    if (format === 'pdf') return new StreamableFile(await packPdf(pack), { type: 'application/pdf', disposition: `attachment; filename="${name}.pdf"` });
    return pack;
  }

  @Get('disclosure')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'GetServiceDefectDisclosure', summary: 'AU-5: service defects (missed and late commitments) by period, region and kind, as counts only: shareable, no personal data' })
  @ApiExtraModels(DisclosureResponse)
  @ApiOkResponse({ description: 'The disclosure in the format asked for', content: files(getSchemaPath(DisclosureResponse)) })
  @ApiErrors(PARAMETER_ERRORS)
  async disclosure(@Caller() caller: Caller, @Query() query: DisclosureQuery): Promise<DisclosureResponse | StreamableFile> {
    const regions = query.region ? [query.region] : this.evidence.regions();
    const rows = await this.evidence.disclosure(caller, regions, query.period);
    const name = `service-defects-${query.region ?? 'all'}-${query.period}`;
    if (query.format === 'csv') return new StreamableFile(tableCsv(disclosureTable(rows)), { type: CSV, disposition: `attachment; filename="${name}.csv"` });
    if (query.format === 'xlsx') return new StreamableFile(await tableXlsx(`${LABELS.disclosure} ${query.period}`, disclosureTable(rows)), { type: XLSX, disposition: `attachment; filename="${name}.xlsx"` });
    return { period: query.period, rows };
  }

  @Get('kpis')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'GetKpis', summary: 'AU-6: timeliness, repeat rate, satisfaction, complaint rate and exchange ratio of a region and period, by region, team and person' })
  @ApiExtraModels(KpiResponse)
  @ApiOkResponse({ description: 'The KPIs in the format asked for', content: files(getSchemaPath(KpiResponse)) })
  @ApiErrors(PARAMETER_ERRORS)
  async kpis(@Caller() caller: Caller, @Query() query: KpiQuery): Promise<KpiResponse | StreamableFile> {
    const period = this.evidence.period(query.region, query.period);
    const rows = await this.evidence.kpis(caller, query.region, period);
    const name = `kpis-${query.region}-${query.period}`;
    if (query.format === 'csv') return new StreamableFile(tableCsv(kpiTable(rows)), { type: CSV, disposition: `attachment; filename="${name}.csv"` });
    if (query.format === 'xlsx') return new StreamableFile(await tableXlsx(`${LABELS.kpis} ${query.region} ${query.period}`, kpiTable(rows)), { type: XLSX, disposition: `attachment; filename="${name}.xlsx"` });
    return { region: query.region, period, rows };
  }
}
