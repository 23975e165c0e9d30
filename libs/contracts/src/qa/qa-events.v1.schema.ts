import type { ContractSchemas } from '../contract-registry';
import { literals, object, orNull } from '../schema-helpers';
import {
  CapaClosedV1,
  CapaOpenedV1,
  CapaVerifiedV1,
  DeterminationMadeV1,
  DispositionDecidedV1,
  DispositionV1,
  InspectedLineV1,
  OurCauseV1,
  QaIntegrationEventData,
  QaIntegrationEventTypes as T,
  QaSeverityChangedV1,
  QaSeverityV1,
  QualityCaseClosedV1,
  QualityCaseOpenedV1,
  QualityCaseReinstatedV1,
  ResponsibilityV1,
  ReturnFindingV1,
  ReturnInspectedV1,
} from './qa-events.v1';

/**
 * The JSON Schemas of QA's integration events, schemaVersion 1 (the types beside them in
 * qa-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;
const nullableString = orNull(string);
const count = { type: 'integer' } as const;
const boolean = { type: 'boolean' } as const;

const severity = literals<QaSeverityV1>({ minor: true, severe: true });
const product = object<QualityCaseOpenedV1['product']>({ model: string, serialNumber: nullableString, contractNumber: nullableString });

export const qaEventSchemasV1: ContractSchemas<QaIntegrationEventData> = {
  [T.QualityCaseOpened]: object<QualityCaseOpenedV1>({
    caseId: string,
    complaintId: nullableString,
    severity,
    category: string,
    customerId: string,
    product,
    defectNature: string,
    receivedAt: string,
  }),
  [T.SeverityChanged]: object<QaSeverityChangedV1>(
    {
      caseId: string,
      complaintId: nullableString,
      severity,
      reason: string,
      // JSONSchemaType makes an optional field nullable: null reads as absent, as consumers take it.
      capaRequired: { type: 'boolean', nullable: true },
    },
    { capaRequired: true },
  ),
  [T.DeterminationMade]: object<DeterminationMadeV1>({
    caseId: string,
    complaintId: nullableString,
    responsibility: literals<ResponsibilityV1>({ ours: true, human_factor: true, customer_cause: true, not_our_product: true }),
    ourCause: orNull(literals<OurCauseV1>({ technical: true, production_equipment: true, management: true })),
    explanationToCustomer: nullableString,
    capaRequired: boolean,
  }),
  [T.DispositionDecided]: object<DispositionDecidedV1>({
    caseId: string,
    complaintId: nullableString,
    disposition: literals<DispositionV1>({
      on_site_repair: true,
      return_for_repair: true,
      exchange: true,
      replenish: true,
      refund: true,
      price_concession: true,
      explain_and_close: true,
    }),
    interim: boolean,
    note: nullableString,
    customerId: string,
    product,
  }),
  [T.CapaOpened]: object<CapaOpenedV1>({ capaId: string, caseId: string, complaintId: nullableString, department: string, dueOn: string, required: boolean }),
  [T.CapaVerified]: object<CapaVerifiedV1>({
    capaId: string,
    caseId: string,
    shipmentId: string,
    result: literals<CapaVerifiedV1['result']>({ pass: true, fail: true }),
    passingVerifications: count,
  }),
  [T.CapaClosed]: object<CapaClosedV1>({ capaId: string, caseId: string, passingVerifications: count }),
  [T.QualityCaseClosed]: object<QualityCaseClosedV1>({
    caseId: string,
    complaintId: nullableString,
    outcome: literals<QualityCaseClosedV1['outcome']>({ closed: true, cancelled: true }),
    summary: string,
  }),
  [T.QualityCaseReinstated]: object<QualityCaseReinstatedV1>({
    caseId: string,
    complaintId: nullableString,
    status: literals<QualityCaseReinstatedV1['status']>({ open: true, analysing: true, determined: true }),
  }),
  [T.ReturnInspected]: object<ReturnInspectedV1>({
    inspectionId: string,
    returnRequestId: string,
    caseId: nullableString,
    customerId: string,
    verdict: literals<ReturnInspectedV1['verdict']>({ signed: true, refused: true }),
    reason: nullableString,
    lines: {
      type: 'array',
      items: object<InspectedLineV1>({
        lineId: string,
        finding: literals<ReturnFindingV1>({ quality_intact: true, defect_confirmed: true, customer_damage: true, not_resalable: true }),
        responsibleDepartment: nullableString,
        responsiblePerson: nullableString,
        note: nullableString,
      }),
    },
    inspectedAt: string,
  }),
};
