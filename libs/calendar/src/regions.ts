import { IsoWeekday } from './local-date';
import { WallTime } from './time-zone';

/** Opening hours on a working day, local wall time; `end` is exclusive. */
export interface BusinessHours {
  start: WallTime;
  end: WallTime;
}

/** Configuration of one region's calendar. */
export interface RegionDefinition {
  /** Stable id recorded in events, e.g. `cn-east`. */
  id: string;
  description?: string;
  /** IANA zone, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** ISO weekdays that are not worked unless a source or override says so (6 = Saturday, 7 = Sunday). */
  weekend: IsoWeekday[];
  /** Id of the public-holiday source (`cn`), or null: weekends and overrides only. */
  holidaySource: string | null;
  businessHours: BusinessHours;
}

/** A versioned set of region definitions; the version is part of every calendar's version. */
export interface RegionSet {
  version: string;
  regions: RegionDefinition[];
}

const SAT_SUN: IsoWeekday[] = [6, 7];
// rule IN-7: the hotline is staffed 8:30–17:30.
const CN_HOURS: BusinessHours = { start: '08:30', end: '17:30' };

function mainland(id: string, description: string): RegionDefinition {
  return { id, description, timeZone: 'Asia/Shanghai', weekend: SAT_SUN, holidaySource: 'cn', businessHours: CN_HOURS };
}

/**
 * The regions the platform ships with. Mainland regions share the national calendar and
 * Beijing time; cn-guangxi adds its regional festival through overrides. `de` has no holiday
 * source: weekends plus whatever overrides list.
 */
export const DEFAULT_REGION_SET: RegionSet = {
  version: '2026.1',
  regions: [
    mainland('cn-north', 'North China 华北'),
    mainland('cn-northeast', 'Northeast China 东北'),
    mainland('cn-east', 'East China 华东'),
    mainland('cn-south', 'South China 华南'),
    mainland('cn-central', 'Central China 华中'),
    mainland('cn-southwest', 'Southwest China 西南'),
    mainland('cn-northwest', 'Northwest China 西北'),
    mainland('cn-guangxi', 'Guangxi Zhuang Autonomous Region 广西壮族自治区 (regional festivals via overrides)'),
    {
      id: 'de',
      description: 'Germany (service partner); no public-holiday source, only overrides',
      timeZone: 'Europe/Berlin',
      weekend: SAT_SUN,
      holidaySource: null,
      businessHours: { start: '09:00', end: '17:00' },
    },
  ],
};
