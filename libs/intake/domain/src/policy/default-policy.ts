/**
 * The default policy: the seeds' rules as one organization wrote them down (DOMAIN.md IN-3,
 * IN-4, IN-5, IN-7, IN-8, IN-9, IN-10). It is a document, not code, so an operator can copy it,
 * change values and point POLICY_FILE at the copy. Kept as text here so builds ship it as is.
 */
export const DEFAULT_POLICY_YAML = `# aftersales intake policy: the defaults from the source regulations (DOMAIN.md rule IDs).
id: default
version: "2026.1"
name: Default after-sales acceptance and response policy

counting:
  convention: receipt_day_is_day_zero
  description: >-
    The day the customer received the goods is day 0. "Within N working days" means the
    complaint was received by the end of the Nth working day after that day, in the region's
    calendar (weekends, public holidays and make-up working days) and time zone. Warranty
    months run from the receipt date; the last covered day is the day before the same date
    N months later, or that month's last day when it has no such date (a receipt on 31 January
    with one month is covered through the end of February). Product exclusions and the
    dead-on-arrival swap apply to the window and warranty categories only. Dead-on-arrival days are calendar days after the receipt date. Response
    hours run from the moment the complaint was received.

acceptance:
  categories:
    # IN-3: appearance damage (scratch, dent, deformation, paint): 3 working days, later refused.
    appearance: { rule: window, workingDays: 3, afterWindow: rejected }
    # IN-3: missing parts, wrong model: 3 working days; later a wrong model is handled case by case.
    model_quantity: { rule: window, workingDays: 3, afterWindow: needs_review }
    # IN-3: function and parameter problems: free within warranty, paid after it.
    performance: { rule: warranty, afterWarranty: accepted_paid }
    # A service-attitude complaint is always taken up (IN-6 decides separately whether it stands).
    service_attitude: { rule: fixed, kind: accepted_free }
    non_quality: { rule: fixed, kind: needs_review }
    other: { rule: fixed, kind: needs_review }
  warranty:
    # IN-3, IN-5: one year from receipt; accessories three months.
    months: { main: 12, accessory: 3 }
    # IN-5: a warranty card's stated period wins.
    cardOverrides: true
  exclusions:
    # IN-4: human damage and force majeure are not free; paid service is offered.
    causes: [human_damage, force_majeure]
    causeOutcome: accepted_paid
    # IN-2, IN-4: not operated and maintained as instructed.
    notUsedAsInstructedOutcome: accepted_paid
    # IN-4: consumable parts are not free; free gifts are not covered at all.
    consumableOutcome: accepted_paid
    giftOutcome: rejected
  # IN-5: a dead-on-arrival swap within 15 days, with the manufacturer's test report and
  # intact appearance and packaging.
  deadOnArrival:
    days: 15
    requiresTestReport: true
    requiresIntactPackaging: true
    requiresIntactAppearance: true

productLines:
  # Seed 003 (篇五): mobile phones. One year, accessories three months; antenna, housing and
  # LCD are not under warranty; 15-day swap with a test report and the box kept.
  phone:
    name: Mobile phones
    warranty:
      months: { main: 12, accessory: 3 }
      cardOverrides: true
    excludedComponents: [antenna, housing, lcd]
    excludedComponentOutcome: accepted_paid
    deadOnArrival:
      days: 15
      requiresTestReport: true
      requiresIntactPackaging: true
      requiresIntactAppearance: true

response:
  # IN-7: acknowledge within 2 hours (wall clock; the 24-hour line is staffed around the clock).
  acknowledge: { hours: 2, clock: wall }
  # IN-7: a complaint is reported up to the responsible manager within 4 hours.
  reportUp: { hours: 4, clock: wall }
  # IN-8: the rep forwards a quality case to the supervisor and sales assistant within 1 working day.
  forward:
    workingDays: 1
    categories: [appearance, model_quantity, performance]

priority:
  # IN-9: these tiers get priority handling and a named owner.
  highValueTiers: [key, strategic]

repeat:
  # IN-10: an earlier case on the same serial (or customer and model) and category in this many days.
  lookBackDays: 365
`;
