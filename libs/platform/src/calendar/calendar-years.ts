import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { CalendarRegistry, InvalidOverridesError, OverrideDay, PublishedYear, parseYearDays } from '@aftersales/calendar';
import { CALENDAR_STREAM_PREFIXES, CALENDAR_TOPIC, CALENDAR_YEAR_STREAM_PREFIX, CalendarIntegrationEventTypes, CalendarYearPublishedV1 } from '@aftersales/contracts';
import { CLOCK, Clock, DOCUMENT_STORE, DocumentStore, EVENT_STORE, EventEnvelope, EventStore, IntegrationEvent, StoredDocument } from '@aftersales/eventsourcing';
import { ApiError } from '../errors/api-error';
import { FIELD, PLATFORM, VALIDATION_FAILED } from '../errors/codes';
import { ConsumerHost } from '../consumers/consumer-host';
import { RelayHost } from '../relays/relay-host';
import { Caller, eventMetadata } from '../use-cases/caller';
import { CALENDARS } from './calendars';

/** How this process takes part in calendar publications (ADR 013). */
export interface CalendarSettings {
  /** The service name: its consumer group of the calendar topic is `<service>.calendar`. */
  readonly service: string;
  /** Whether this process takes publications (PUT /calendars/…) and relays them: one service per deployment. */
  readonly publisher: boolean;
  /** How often the published years are read again from this service's documents (what another instance's consumer stored); 0: never. */
  readonly refreshMs: number;
}

export const CALENDAR_SETTINGS = Symbol('CalendarSettings');
/** The published years this service knows, one document per target and year (`cn/2027`), guarded by the revision. */
export const CALENDAR_YEARS_COLLECTION = 'platform.calendar-years';
/** The domain event of a publication; its data is the integration event's (a publication is public by nature). */
export const CALENDAR_YEAR_PUBLISHED = 'calendar.CalendarYearPublished';

type CalendarYearDocument = StoredDocument & CalendarYearPublishedV1;

/** What an administrator publishes for a target and year (the PUT body). */
export interface CalendarYearInput {
  readonly holidays: readonly OverrideDay[];
  readonly workdays: readonly OverrideDay[];
  readonly source: string;
}

export function calendarYearStream(target: string, year: number): string {
  return `${CALENDAR_YEAR_STREAM_PREFIX}${target}-${year}`;
}

/** The relay's mapping: the publication as it was stored. */
export function toCalendarIntegrationEvent(event: EventEnvelope): IntegrationEvent | null {
  if (event.type !== CALENDAR_YEAR_PUBLISHED) return null;
  return { type: CalendarIntegrationEventTypes.CalendarYearPublished, schemaVersion: 1, data: event.data };
}

function toPublishedYear(data: CalendarYearPublishedV1): PublishedYear {
  return { target: data.target, year: data.year, revision: data.revision, holidays: data.holidays, workdays: data.workdays, source: data.source };
}

/** Days compared field by field (a store may give JSON keys back in another order). */
const sameDays = (a: readonly OverrideDay[], b: readonly OverrideDay[]) =>
  a.length === b.length && a.every((d, i) => d.date === b[i].date && d.name === b[i].name && d.localName === b[i].localName && d.note === b[i].note);

/**
 * Calendars published at run time (issue 17, ADR 013). The publishing service appends each
 * publication to `calendar.year-<target>-<year>` and its relay puts it on `aftersales.calendar.events`;
 * every service (the publisher too) consumes that topic into its `platform.calendar-years` documents
 * and its CalendarRegistry, and reads the documents again every `refreshMs`, so every instance of
 * every service computes with the new year without a restart. A start loads the documents first.
 */
@Injectable()
export class CalendarYears implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Calendars');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR_SETTINGS) private readonly settings: CalendarSettings,
    private readonly consumers: ConsumerHost,
    private readonly relays: RelayHost,
  ) {}

  get isPublisher(): boolean {
    return this.settings.publisher;
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.consumers.register({
      name: 'calendar-years',
      group: `${this.settings.service}.calendar`,
      topics: [CALENDAR_TOPIC],
      handles: [CalendarIntegrationEventTypes.CalendarYearPublished],
      handle: (event) => this.remember(event.data),
    });
    if (this.settings.publisher) {
      this.relays.register({ context: 'calendar', topic: CALENDAR_TOPIC, streamPrefixes: CALENDAR_STREAM_PREFIXES, map: toCalendarIntegrationEvent });
    }
    if (this.settings.refreshMs > 0) {
      this.timer = setInterval(() => {
        this.refresh().catch((err: unknown) => this.logger.warn({ err }, 'could not read the published calendar years; keeping those in force'));
      }, this.settings.refreshMs);
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Puts every year this service has stored in force (those it already has are skipped by revision). */
  async refresh(): Promise<void> {
    for (const doc of await this.collection().find({})) this.calendars.publish(toPublishedYear(doc));
  }

  /**
   * Publishes a target's year: appended (durable) before it answers, in force in this process at
   * once, in the others once they consumed it. Publishing what is already in force appends nothing
   * (`changed: false`): PUT is idempotent.
   */
  async publish(target: string, year: number, input: CalendarYearInput, caller: Caller): Promise<{ publication: CalendarYearPublishedV1; changed: boolean }> {
    if (!this.calendars.target(target)) throw calendarNotFound(target);
    const days = checkedDays(input, year);
    const stream = calendarYearStream(target, year);
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const current = last ? (last.data as CalendarYearPublishedV1) : null;
    if (current && current.source === input.source && sameDays(current.holidays, days.holidays) && sameDays(current.workdays, days.workdays)) {
      await this.remember(current);
      return { publication: current, changed: false };
    }
    const publishedAt = this.clock.now().toISOString();
    const publication: CalendarYearPublishedV1 = { target, year, revision: last ? Number(last.revision) + 2 : 1, ...days, source: input.source, publishedAt };
    await this.store.append(stream, [{ type: CALENDAR_YEAR_PUBLISHED, occurredAt: publishedAt, ...eventMetadata(caller, target), data: publication }], {
      expectedRevision: last ? last.revision : 'no_stream',
    });
    await this.remember(publication);
    this.logger.log({ target, year, revision: publication.revision, source: input.source }, 'calendar year published');
    return { publication, changed: true };
  }

  /** The publication in force here for a target and year. */
  async published(target: string, year: number): Promise<CalendarYearPublishedV1 | null> {
    if (!this.calendars.target(target)) throw calendarNotFound(target);
    const doc = await this.collection().get(`${target}/${year}`);
    if (!doc) return null;
    const { _id, _position, ...publication } = doc;
    void _id;
    void _position;
    return publication as CalendarYearPublishedV1;
  }

  /** A publication consumed or made here: in force in this process, then stored for the next start and the other instances. */
  private async remember(publication: CalendarYearPublishedV1): Promise<void> {
    if (this.calendars.publish(toPublishedYear(publication))) {
      this.logger.log({ target: publication.target, year: publication.year, revision: publication.revision }, 'calendar year in force');
    }
    await this.collection().upsert({ _id: `${publication.target}/${publication.year}`, ...publication }, BigInt(publication.revision));
  }

  private collection() {
    return this.documents.collection<CalendarYearDocument>(CALENDAR_YEARS_COLLECTION);
  }
}

export function calendarNotFound(target: string): ApiError {
  return ApiError.notFound(PLATFORM.CALENDAR_NOT_FOUND, `no region or holiday source ${JSON.stringify(target)} has a calendar`);
}

/** The days, checked as the calendar checks a year; each problem a field error naming the day. */
function checkedDays(input: CalendarYearInput, year: number): { holidays: OverrideDay[]; workdays: OverrideDay[] } {
  try {
    return parseYearDays(input, year);
  } catch (err) {
    if (!(err instanceof InvalidOverridesError)) throw err;
    throw ApiError.badRequest(
      VALIDATION_FAILED,
      'the days do not make a calendar year; see fieldErrors',
      err.issues.map((issue) => ({ field: issue.path, code: FIELD.CALENDAR_DAY, message: `${issue.path}: ${issue.reason}` })),
    );
  }
}
