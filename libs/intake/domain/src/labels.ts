import {
  ACCEPTANCE_KINDS,
  CATEGORIES,
  CHANNELS,
  CUSTOMER_TIERS,
  FORWARD_TARGETS,
  INVALIDITY_REASONS,
  OBLIGATIONS,
  PART_CLASSES,
  RESOLUTIONS,
  SEVERITIES,
  STATUSES,
  SUSPECTED_CAUSES,
} from './complaint';
import { ACCEPTANCE_REASON_CODES } from './acceptance';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

type Labels<T extends string> = Readonly<Record<T, readonly [en: string, zh: string]>>;

function labels<T extends string>(_values: readonly T[], table: Labels<T>): Labels<T> {
  return table;
}

/** People-facing names of every enum value intake returns, in English and Chinese (the seeds' terms). */
export const ENUM_LABELS = {
  channel: labels(CHANNELS, {
    hotline: ['Hotline', '热线电话'],
    email: ['Email', '电子邮件'],
    fax_letter: ['Fax or letter', '传真/信函'],
    web: ['Web or online platform', '网站/在线平台'],
    on_site: ['On-site visit', '上门来访'],
    sales_rep: ['Via sales representative', '业务员转达'],
    dealer: ['Via dealer', '经销商转达'],
  }),
  category: labels(CATEGORIES, {
    appearance: ['Appearance damage', '外观损伤'],
    model_quantity: ['Model or quantity problem', '型号/数量问题'],
    performance: ['Function or parameter problem', '功能/参数问题'],
    service_attitude: ['Service attitude', '服务态度'],
    non_quality: ['Non-quality issue', '非质量问题'],
    other: ['Other', '其他'],
  }),
  requestedResolution: labels(RESOLUTIONS, {
    on_site_repair: ['On-site repair', '现场维修'],
    return_for_repair: ['Return for repair', '返厂维修'],
    exchange: ['Exchange', '调换'],
    replenish: ['Replenish missing parts', '补发'],
    refund: ['Refund', '退货退款'],
    price_concession: ['Price concession', '让步折价'],
  }),
  tier: labels(CUSTOMER_TIERS, {
    standard: ['Standard customer', '普通客户'],
    key: ['Key customer', '重点客户'],
    strategic: ['Strategic customer', '战略客户'],
  }),
  partClass: labels(PART_CLASSES, {
    main: ['Main unit', '主机'],
    accessory: ['Accessory', '配件'],
    consumable: ['Consumable part', '易耗件'],
    gift: ['Free gift', '赠品'],
  }),
  suspectedCause: labels(SUSPECTED_CAUSES, {
    unknown: ['Not yet known', '待查明'],
    product_defect: ['Product defect', '产品质量问题'],
    human_damage: ['Human damage', '人为损坏'],
    force_majeure: ['Force majeure', '不可抗力'],
  }),
  severity: labels(SEVERITIES, {
    minor: ['Minor', '轻微投诉'],
    severe: ['Severe', '严重投诉'],
  }),
  acceptance: labels(ACCEPTANCE_KINDS, {
    accepted_free: ['Accepted, free of charge', '免费受理'],
    accepted_paid: ['Accepted, paid service', '有偿受理'],
    rejected: ['Not accepted', '不予受理'],
    needs_review: ['Needs review', '待审核'],
  }),
  status: labels(STATUSES, {
    registered: ['Registered', '已登记'],
    acknowledged: ['Acknowledged', '已答复'],
    forwarded: ['Forwarded', '已转交'],
    closed: ['Closed', '已关闭'],
    invalid: ['Not valid', '投诉不成立'],
    withdrawn: ['Withdrawn', '已撤回'],
  }),
  obligation: labels(OBLIGATIONS, {
    acknowledge: ['Acknowledge the customer', '答复客户'],
    forward: ['Forward to supervisor and sales assistant', '转交主管及销售内勤'],
    report_up: ['Report to the responsible manager', '上报分管领导'],
  }),
  invalidityReason: labels(INVALIDITY_REASONS, {
    not_our_product: ['Not our product', '非本公司产品'],
    outside_service_scope: ['Outside after-sales scope', '不属于售后服务范围'],
    no_defect_found: ['No defect found', '未发现质量问题'],
    duplicate_report: ['Duplicate report', '重复反映'],
    other: ['Other', '其他'],
  }),
  deadlineState: labels(['open', 'met', 'missed', 'met_late', 'cancelled'] as const, {
    open: ['Open', '待办'],
    met: ['Met', '已按时完成'],
    missed: ['Missed', '已超时'],
    met_late: ['Met late', '超时后完成'],
    cancelled: ['Cancelled', '已取消'],
  }),
  /** An acceptance decision's reason codes (rules IN-3, IN-4, IN-5). */
  reasonCode: labels(ACCEPTANCE_REASON_CODES, {
    WITHIN_WINDOW: ['Reported within the acceptance window', '在受理期限内'],
    WINDOW_EXPIRED: ['Acceptance window expired', '已超过受理期限'],
    CALENDAR_NOT_COVERED: ['No holiday calendar for the year: working days need checking', '该年度无节假日数据，工作日需人工核对'],
    WITHIN_WARRANTY: ['Within warranty', '在保修期内'],
    WARRANTY_EXPIRED: ['Warranty expired', '已过保修期'],
    CATEGORY_RULE: ['Decided by the category rule', '按投诉类别规定处理'],
    FREE_GIFT_NOT_COVERED: ['Free gifts are not covered', '赠品不在保修范围内'],
    CONSUMABLE_PART: ['Consumable part: excluded from free service', '易耗件不在免费受理范围内'],
    EXCLUDED_COMPONENT: ['Component excluded by the warranty', '该部件不在保修范围内'],
    EXCLUDED_CAUSE: ['Excluded cause (human damage or force majeure)', '人为损坏或不可抗力，不予免费受理'],
    NOT_USED_AS_INSTRUCTED: ['Not used or maintained as instructed', '未按说明书使用和维护'],
    DOA_WINDOW_PASSED: ['Dead-on-arrival swap window passed', '已超过开箱损坏包换期'],
    DOA_SWAP_ELIGIBLE: ['Eligible for a dead-on-arrival swap', '符合开箱损坏包换条件'],
    DOA_SWAP_CONDITIONS_MISSING: ['Dead-on-arrival swap conditions not met yet', '开箱损坏包换条件尚不具备'],
    DOA_SWAP_NOT_APPLICABLE: ['No dead-on-arrival swap: the case is not accepted free of charge', '非免费受理，不适用开箱损坏包换'],
    SUPERVISOR_OVERRIDE: ["Supervisor's decision", '主管决定'],
  }),
  forwardTarget: labels(FORWARD_TARGETS, {
    supervisor: ['Supervisor', '主管'],
    sales_assistant: ['Sales assistant', '销售内勤'],
  }),
} as const;

export type LabelledEnum = keyof typeof ENUM_LABELS;

export function label(kind: LabelledEnum, value: string, language: Language): string {
  const entry = (ENUM_LABELS[kind] as Labels<string>)[value];
  if (!entry) return value;
  return language === 'zh-CN' ? entry[1] : entry[0];
}

/**
 * The language an Accept-Language header prefers among ours (q-values honoured; `zh`, `zh-CN`,
 * `zh-Hans` → zh-CN); English when nothing matches.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((x) => x.tag !== '' && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-cn') || tag.startsWith('zh-hans') || tag === 'zh-sg') return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === '*') return 'en';
  }
  return 'en';
}
