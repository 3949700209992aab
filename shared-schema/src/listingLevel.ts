import { z } from 'zod';

/**
 * 挂牌督办 levels, after 张家港's administrative levels. The stored values stay as they were:
 * town 镇, district 县级市/区 (张家港市), city 设区的市 (苏州市); province 省 is new.
 */
export const ListingLevel = z.enum(['town', 'district', 'city', 'province']);
export type ListingLevel = z.infer<typeof ListingLevel>;

export const LISTING_LEVEL_ZH: Record<ListingLevel, string> = { town: '镇级', district: '县级市（张家港市）', city: '设区的市（苏州市）', province: '省级' };

/**
 * A supervisor's level from the length of their area code (GB/T 2260 and its town extension):
 * 2 digits province, 4 city, 6 county-level city or district, 9 or 12 town (or below). Other
 * lengths have no level, and a supervisor without one may not list or review a listing.
 */
export function supervisorLevel(areaCode: string | undefined): ListingLevel | undefined {
  switch (areaCode?.length) {
    case 2:
      return 'province';
    case 4:
      return 'city';
    case 6:
      return 'district';
    case 9:
    case 12:
      return 'town';
    default:
      return undefined;
  }
}
