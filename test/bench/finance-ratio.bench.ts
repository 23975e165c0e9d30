/**
 * Issue 14's benchmark: a customer's ratio recomputed (FR-1) over 100k purchase lines, beside the
 * same sums done by a plain SQL aggregation over the same rows, as ratios. No figure is asserted.
 *
 *   npx tsx test/bench/finance-ratio.bench.ts                 (part of `npm run bench`)
 *   BENCH_FINANCE_LINES=200000 BENCH_FINANCE_RUNS=20 npx tsx test/bench/finance-ratio.bench.ts
 *
 * What is timed, each the median of BENCH_FINANCE_RUNS runs:
 *   explain      explainRatio over the customer's folded state (what GET /finance/ratios and every
 *                evaluation after a recorded fact compute): every line in the period summed in bigint
 *   fold+explain the stream's events (as JSON read back from a store) folded by the decider, then explained
 *   sql          SELECT sum(quantity), sum(amount_minor) over the same lines in PGlite (the standalone's
 *                PostgreSQL), filtered on customer and period, with an index on (customer, document_date)
 * The SQL sums are checked equal to the domain's before anything is printed.
 */
import { PGlite } from '@electric-sql/pglite';
import { fold } from '@aftersales/eventsourcing';
import {
  CustomerRatioEvent,
  DEFAULT_FINANCE_RATIO_POLICY_YAML,
  PurchaseDocument,
  TrackedCustomer,
  customerAccountId,
  customerRatioDecider,
  explainRatio,
  parseFinanceRatioPolicy,
} from '@aftersales/finance-ratio-domain';

function sizeFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number (got ${raw})`);
  return Number(raw);
}

const LINES = sizeFromEnv('BENCH_FINANCE_LINES', 100_000);
const LINES_PER_DOCUMENT = sizeFromEnv('BENCH_FINANCE_LINES_PER_DOCUMENT', 100);
const RUNS = sizeFromEnv('BENCH_FINANCE_RUNS', 11);
const CUSTOMER = 'C-BENCH';
const NOW = new Date('2026-03-20T02:00:00.000Z');
const policy = parseFinanceRatioPolicy(DEFAULT_FINANCE_RATIO_POLICY_YAML, 'default');
const log = (message: string) => process.stderr.write(`[finance-ratio] ${message}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(work: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** Documents spread over February and March (the period is March): unit prices 0.01 to 99.99. */
function documents(): PurchaseDocument[] {
  const docs: PurchaseDocument[] = [];
  let line = 0;
  for (let d = 0; line < LINES; d++) {
    const day = 1 + (d % 28);
    const lines = [];
    for (let l = 0; l < LINES_PER_DOCUMENT && line < LINES; l++, line++) {
      const quantity = 1 + (line % 7);
      const unit = BigInt(1 + ((line * 7919) % 9999));
      lines.push({ sku: `SKU-${line % 500}`, quantity, unitPriceMinor: unit.toString(), amountMinor: (unit * BigInt(quantity)).toString() });
    }
    docs.push({ documentNumber: `SO-${d}`, documentDate: `2026-0${d % 3 === 0 ? 2 : 3}-${String(day).padStart(2, '0')}`, region: 'cn-east', contractNumber: null, salesRepId: 'rep-1', currency: 'CNY', lines });
  }
  return docs;
}

async function main(): Promise<void> {
  const accountId = customerAccountId('bench', CUSTOMER);
  const docs = documents();
  log(`${LINES} purchase lines in ${docs.length} documents; ${RUNS} runs each`);

  // The stream as the decider writes it: one RecordPurchases per 10 documents (import batches).
  const events: CustomerRatioEvent[] = [];
  for (let i = 0; i < docs.length; i += 10) {
    const state = fold(customerRatioDecider, events);
    events.push(...customerRatioDecider.decide({ type: 'RecordPurchases', accountId, customerId: CUSTOMER, documents: docs.slice(i, i + 10), source: 'api', policy, now: NOW }, state));
  }
  const stored = JSON.stringify(events);
  const state = fold(customerRatioDecider, events) as TrackedCustomer;
  const inputs = () => ({ customerId: CUSTOMER, region: state.region, purchases: [...state.purchases.values()].map((p) => p.document), movements: [] });

  const explained = explainRatio(inputs(), policy, NOW);
  const explain: number[] = [];
  const foldExplain: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    explain.push(time(() => explainRatio(inputs(), policy, NOW)).ms);
    foldExplain.push(
      time(() => {
        const s = fold(customerRatioDecider, JSON.parse(stored) as CustomerRatioEvent[]) as TrackedCustomer;
        return explainRatio({ customerId: CUSTOMER, region: s.region, purchases: [...s.purchases.values()].map((p) => p.document), movements: [] }, policy, NOW);
      }).ms,
    );
  }

  const db = await PGlite.create();
  await db.exec('CREATE TABLE purchase_lines (customer text NOT NULL, document_number text NOT NULL, document_date date NOT NULL, quantity bigint NOT NULL, amount_minor bigint NOT NULL)');
  const rows = docs.flatMap((d) => d.lines.map((l) => [CUSTOMER, d.documentNumber, d.documentDate, l.quantity, l.amountMinor]));
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    const values = chunk.map((_, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`).join(',');
    await db.query(`INSERT INTO purchase_lines VALUES ${values}`, chunk.flat());
  }
  await db.exec('CREATE INDEX ON purchase_lines (customer, document_date); ANALYZE purchase_lines');
  const sqlQuery = 'SELECT sum(quantity)::text AS quantity, sum(amount_minor)::text AS amount FROM purchase_lines WHERE customer = $1 AND document_date BETWEEN $2 AND $3';
  const args = [CUSTOMER, explained.period.from, explained.period.to];
  const sql: number[] = [];
  let sums: { quantity: string; amount: string } | undefined;
  for (let r = 0; r < RUNS; r++) {
    const { ms, result } = await timeAsync(() => db.query<{ quantity: string; amount: string }>(sqlQuery, args));
    sql.push(ms);
    sums = result.rows[0];
  }
  await db.close();

  if (sums?.quantity !== String(explained.quantity.purchased) || sums.amount !== explained.amounts[0].purchasedMinor) {
    throw new Error(`the SQL sums ${JSON.stringify(sums)} differ from the domain's (${explained.quantity.purchased}, ${explained.amounts[0].purchasedMinor})`);
  }
  const e = median(explain);
  const fe = median(foldExplain);
  const s = median(sql);
  const inPeriod = explained.documents.reduce((n, d) => n + d.quantity, 0);
  process.stdout.write(
    [
      `finance-ratio: ratio of one customer over ${LINES} purchase lines (${explained.purchaseDocuments} documents, ${inPeriod} units, ${explained.amounts[0].purchasedMinor} fen in ${explained.period.from}..${explained.period.to})`,
      `  explain (folded state)     ${e.toFixed(2)} ms   ${(e / s).toFixed(2)}× the SQL query`,
      `  fold + explain (stream)    ${fe.toFixed(2)} ms   ${(fe / s).toFixed(2)}× the SQL query`,
      `  SQL sum (PGlite, indexed)  ${s.toFixed(2)} ms   1.00×`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${String((err as Error).stack ?? err)}\n`);
  process.exit(1);
});
