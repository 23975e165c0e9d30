import { Body, Controller, Get, Inject, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import type { CalendarRegistry } from '@aftersales/calendar';
import { Roles } from '../auth/decorators';
import { ApiError } from '../errors/api-error';
import { PLATFORM, VALIDATION_FAILED } from '../errors/codes';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, PARAMETER_ERRORS } from '../openapi/error-response';
import { INSTANT, LOCAL_DATE, text } from '../openapi/schema-fields';
import { IsLocalDate, LIMITS, OptionalText, Text } from '../requests/request-fields';
import { Caller } from '../use-cases/caller';
import { CALENDARS } from './calendars';
import { CalendarYears } from './calendar-years';

const TARGET = { name: 'region', description: 'A region id (`cn-east`, `de`) or a holiday source shared by regions (`cn`: every mainland region)', example: 'cn' };
const YEAR = { name: 'year', description: 'The calendar year, 1970–2999', example: 2027 };
/** A year of holidays has a few dozen days; this leaves room for every day of it. */
const MAX_DAYS = 366;

export class CalendarDayDto {
  @ApiProperty(LOCAL_DATE)
  @IsLocalDate()
  date!: string;

  @Text(LIMITS.name, { example: "New Year's Day" })
  name!: string;

  @OptionalText(LIMITS.name, { example: '元旦' })
  localName?: string;

  @OptionalText(LIMITS.text, { description: 'Where this day comes from, when not the year’s source' })
  note?: string;
}

export class PublishCalendarYearDto {
  @ApiProperty({ type: [CalendarDayDto], description: 'Every day off of the year (weekend days inside a holiday block included)' })
  @IsArray()
  @ArrayMaxSize(MAX_DAYS)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  holidays!: CalendarDayDto[];

  @ApiProperty({ type: [CalendarDayDto], description: 'Every adjusted working day 调休 (a weekend day that is worked)' })
  @IsArray()
  @ArrayMaxSize(MAX_DAYS)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  workdays!: CalendarDayDto[];

  @Text(LIMITS.name, { description: 'Where the days come from: the notice and its number', example: '国务院办公厅关于2027年部分节假日安排的通知 国办发明电〔2026〕N号' })
  source!: string;
}

export class CalendarDayResponse {
  @ApiProperty(LOCAL_DATE)
  date!: string;

  @ApiProperty(text(LIMITS.name))
  name!: string;

  @ApiPropertyOptional(text(LIMITS.name))
  localName?: string;

  @ApiPropertyOptional(text(LIMITS.text))
  note?: string;
}

export class RegionCalendarVersion {
  @ApiProperty(text(64, { example: 'cn-east' }))
  region!: string;

  @ApiProperty(text(2000, { example: 'cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1+cn/2027@1', description: 'What decisions computed with this calendar record as calendarVersion' }))
  version!: string;
}

export class CalendarYearResponse {
  @ApiProperty(text(64, { example: 'cn' }))
  target!: string;

  @ApiProperty({ type: Number, format: 'int32', minimum: 1970, maximum: 2999 })
  year!: number;

  @ApiProperty({ type: Number, format: 'int32', minimum: 1, maximum: 2_147_483_647, description: 'Each publication of a target and year is the next revision' })
  revision!: number;

  @ApiProperty({ type: [CalendarDayResponse] })
  holidays!: CalendarDayResponse[];

  @ApiProperty({ type: [CalendarDayResponse] })
  workdays!: CalendarDayResponse[];

  @ApiProperty(text(LIMITS.name))
  source!: string;

  @ApiProperty(INSTANT)
  publishedAt!: string;

  @ApiProperty({ description: 'False when the same days and source were in force already: nothing was appended' })
  changed!: boolean;

  @ApiProperty({ type: [RegionCalendarVersion], description: "The calendar versions of the target's regions in this service now" })
  regions!: RegionCalendarVersion[];
}

export class CalendarOverviewResponse {
  @ApiProperty(text(4000, { description: 'Every input of the calendars in this service, published years included' }))
  version!: string;

  @ApiProperty({ type: [RegionCalendarVersion] })
  regions!: RegionCalendarVersion[];
}

function yearParam(): ParseIntPipe {
  return new ParseIntPipe({
    exceptionFactory: () => ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'year', code: 'isInt', message: 'year must be a year from 1970 to 2999' }]),
  });
}

function checkYear(year: number): number {
  if (year < 1970 || year > 2999) {
    throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'year', code: 'isInt', message: 'year must be a year from 1970 to 2999' }]);
  }
  return year;
}

/**
 * Working calendars at run time (issue 17, ADR 013): an administrator publishes a year of public
 * holidays and adjusted working days for a holiday source or a region; each service answers with
 * the calendar versions it computes with now.
 */
@ApiTags('platform')
@Controller('calendars')
export class CalendarsController {
  constructor(
    private readonly years: CalendarYears,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({ operationId: 'ListCalendars', summary: 'The calendar version of every region as this service computes deadlines now.' })
  @ApiOkResponse({ type: CalendarOverviewResponse })
  overview(): CalendarOverviewResponse {
    return { version: this.calendars.version, regions: this.regionVersions(this.calendars.regions()) };
  }

  @Put(':region/years/:year')
  @Roles('admin')
  @ApiOperation({
    operationId: 'PublishCalendarYear',
    summary: "Publish a region's (or a holiday source's) year of public holidays and adjusted working days: a new revision, in force in every service without a restart. Deadlines already running keep the version they were computed with.",
  })
  @ApiParam(TARGET)
  @ApiParam(YEAR)
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, CONCURRENCY_ERRORS, { 404: [PLATFORM.CALENDAR_NOT_FOUND] })
  async publish(@Caller() caller: Caller, @Param('region') target: string, @Param('year', yearParam()) year: number, @Body() body: PublishCalendarYearDto): Promise<CalendarYearResponse> {
    if (!this.years.isPublisher) throw ApiError.notFound(PLATFORM.CALENDAR_NOT_FOUND, 'calendars are published through the deployment’s calendar publisher service (ADR 013), not this one');
    const { publication, changed } = await this.years.publish(target, checkYear(year), body, caller);
    return { ...publication, holidays: [...publication.holidays], workdays: [...publication.workdays], changed, regions: this.regionVersions(this.calendars.target(target)?.regions ?? []) };
  }

  @Get(':region/years/:year')
  @Roles('admin', 'auditor')
  @ApiOperation({ operationId: 'GetCalendarYear', summary: 'The publication in force in this service for a region (or holiday source) and year.' })
  @ApiParam(TARGET)
  @ApiParam(YEAR)
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [PLATFORM.CALENDAR_NOT_FOUND, PLATFORM.CALENDAR_YEAR_NOT_PUBLISHED] })
  async get(@Param('region') target: string, @Param('year', yearParam()) year: number): Promise<CalendarYearResponse> {
    const publication = await this.years.published(target, checkYear(year));
    if (!publication) throw ApiError.notFound(PLATFORM.CALENDAR_YEAR_NOT_PUBLISHED, `nothing was published for ${target} ${year}`);
    return { ...publication, holidays: [...publication.holidays], workdays: [...publication.workdays], changed: false, regions: this.regionVersions(this.calendars.target(target)?.regions ?? []) };
  }

  private regionVersions(regions: readonly string[]): RegionCalendarVersion[] {
    return regions.map((region) => ({ region, version: this.calendars.forRegion(region).version }));
  }
}
