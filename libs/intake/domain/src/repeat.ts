import { Category, ComplaintFacts } from './complaint';
import { RepeatLink } from './complaint.decider';
import { IntakePolicy } from './policy/policy';

/** An earlier complaint as the repeat check sees it. */
export interface EarlierComplaint {
  readonly complaintId: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly category: Category;
  readonly customerId: string;
  readonly model: string;
  readonly serialNumber: string | null;
}

// rule IN-10: a repeat of an earlier closed complaint
/**
 * Rule IN-10: a complaint about the same serial (or, where neither has a serial, the same
 * customer and model) in the same category as an earlier **closed** complaint within the policy's
 * look-back repeats the latest such one (the problem came back after it was dealt with: 同一问题
 * 重复修理). An earlier case still open is the same case reported again, not a repeat; an invalid
 * or withdrawn one was never a fault. Pure: the caller finds the candidates (matchKey says how).
 */
export function findRepeat(facts: ComplaintFacts, candidates: readonly EarlierComplaint[], policy: IntakePolicy): RepeatLink | null {
  const receivedAt = new Date(facts.receivedAt).getTime();
  const earliest = receivedAt - policy.repeat.lookBackDays * 86_400_000;
  const serial = facts.product.serialNumber;
  let best: RepeatLink | null = null;
  for (const c of candidates) {
    const at = new Date(c.receivedAt).getTime();
    if (c.status !== 'closed' || c.category !== facts.category || at > receivedAt || at < earliest) continue;
    let matchedOn: RepeatLink['matchedOn'] | null = null;
    if (serial !== null && c.serialNumber === serial) matchedOn = 'serial';
    else if (serial === null && c.serialNumber === null && c.customerId === facts.customer.id && c.model === facts.product.model) matchedOn = 'customer_model';
    if (matchedOn && (best === null || at > new Date(best.receivedAt).getTime())) best = { complaintId: c.complaintId, receivedAt: c.receivedAt, matchedOn };
  }
  return best;
}

/** The read-model fields a repeat candidate must share with `facts` (query by these, then findRepeat). */
export function repeatMatchKey(facts: ComplaintFacts): { serialNumber: string } | { customerId: string; model: string; serialNumber: null } {
  return facts.product.serialNumber !== null
    ? { serialNumber: facts.product.serialNumber }
    : { customerId: facts.customer.id, model: facts.product.model, serialNumber: null };
}
