import { ContractRegistry, contractsOf } from './contract-registry';
import { IntakeIntegrationEventData } from './intake/intake-events.v1';
import { intakeEventSchemasV1 } from './intake/intake-events.v1.schema';
import { QaIntegrationEventData } from './qa/qa-events.v1';
import { qaEventSchemasV1 } from './qa/qa-events.v1.schema';
import { DispatchIntegrationEventData } from './dispatch/dispatch-events.v2';
import { dispatchEventSchemasV1 } from './dispatch/dispatch-events.v1.schema';
import { dispatchEventSchemasV2 } from './dispatch/dispatch-events.v2.schema';
import { FinanceRatioIntegrationEventData } from './finance-ratio/finance-ratio-events.v1';
import { financeRatioEventSchemasV1 } from './finance-ratio/finance-ratio-events.v1.schema';
import { AuditIntegrationEventData } from './audit/audit-events.v1';
import { auditEventSchemasV1 } from './audit/audit-events.v1.schema';
import { CalendarIntegrationEventData } from './calendar/calendar-events.v1';
import { calendarEventSchemasV1 } from './calendar/calendar-events.v1.schema';
import { WarehouseReturnsIntegrationEventData } from './warehouse-returns/warehouse-returns-events.v1';
import { warehouseReturnsEventSchemasV1 } from './warehouse-returns/warehouse-returns-events.v1.schema';

/** The data of every published integration event type, at the version its consumers read. */
export type IntegrationEventData = IntakeIntegrationEventData & QaIntegrationEventData & DispatchIntegrationEventData & FinanceRatioIntegrationEventData & AuditIntegrationEventData & CalendarIntegrationEventData & WarehouseReturnsIntegrationEventData;
export type IntegrationEventType = keyof IntegrationEventData;

/**
 * Every published type and version with its schema: what relays check before they publish and
 * consumer hosts check before a handler runs. A new version of a type adds its schemas here beside
 * the older ones, which stay as long as events of them may be read (consumers upcast them).
 */
export const INTEGRATION_EVENT_CONTRACTS = new ContractRegistry([...contractsOf(1, intakeEventSchemasV1), ...contractsOf(1, qaEventSchemasV1), ...contractsOf(1, dispatchEventSchemasV1), ...contractsOf(2, dispatchEventSchemasV2), ...contractsOf(1, financeRatioEventSchemasV1), ...contractsOf(1, auditEventSchemasV1), ...contractsOf(1, calendarEventSchemasV1), ...contractsOf(1, warehouseReturnsEventSchemasV1)]);
