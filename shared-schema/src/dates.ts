/**
 * Asia/Shanghai has been UTC+8 without daylight saving since 1991, so local dates are computed
 * by offset, the same way on every device and on the server, whatever the machine's time zone.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date | string): string {
  // Fast path for UTC ISO strings (`YYYY-MM-DDTHH:MM…Z`, the form every stored instant has; KPIs
  // date 100k+ of them per request): the Shanghai date is the UTC date, or the next from 16:00 UTC.
  if (typeof instant === 'string' && instant.length >= 17 && instant[10] === 'T' && instant.endsWith('Z')) {
    const hour = Number(instant.slice(11, 13));
    if (hour >= 0 && hour < 24) return hour < 16 ? instant.slice(0, 10) : addDays(instant.slice(0, 10), 1);
  }
  const ms = (typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) + SHANGHAI_OFFSET_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Day numbers of the proleptic Gregorian calendar (days since 1970-01-01), by integer arithmetic
 * (H. Hinnant's days_from_civil): KPIs date every hazard of a city, and a Date round trip per
 * call cost seconds there.
 */
function dayNumber(date: string): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function dateOfDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}
