import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader } from '@nestjs/swagger';
import { ErrorCodes, Role } from '@aftersales/platform';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';

/**
 * Who may do what (issue 14, docs/finance.md): finance records purchases; the business head and
 * company leadership acknowledge alerts; sales reads its own customers (the reps on their
 * documents); auditors read everything.
 */
export const PURCHASE_WRITERS: Role[] = ['finance', 'admin'];
export const ALERT_HANDLERS: Role[] = ['business_head', 'general_manager', 'admin'];
export const READERS: Role[] = ['finance', 'business_head', 'general_manager', 'auditor', 'admin', 'sales'];
/** FR-3: finance keeps the ledger; leadership and auditors read it and its reports. */
export const LEDGER_WRITERS: Role[] = ['finance', 'admin'];
export const LEDGER_READERS: Role[] = ['finance', 'business_head', 'general_manager', 'auditor', 'admin'];
/** FR-4: managers propose rewards and penalties, and another manager approves. */
export const MANAGERS: Role[] = ['business_head', 'general_manager'];

export const CUSTOMER_NOT_FOUND: ErrorCodes = { 404: [FINANCE_RATIO.CUSTOMER_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/** What every finance-ratio endpoint uses: the buses its use case goes through. */
@Injectable()
export abstract class FinanceEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
  ) {}
}
