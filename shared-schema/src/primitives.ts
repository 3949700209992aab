import { z } from 'zod';

/** Document ids are generated on devices (offline), so they are opaque strings, never numbers. */
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:@-]+$/, 'id: letters, digits and _.:@- only');
export type Id = z.infer<typeof Id>;

/**
 * Years the domain can mean. PostgreSQL has no year 0 and the date columns of the read models
 * would refuse one with an error: a year outside this range is the client's mistake (400), never
 * a 500 (and keyset cursors compare dates as text, which needs four-digit years).
 */
export const YEARS = { min: 1900, max: 2199 } as const;
const plausibleYear = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= YEARS.min && year <= YEARS.max;
};
const YEAR_MESSAGE = `year must be ${YEARS.min}–${YEARS.max}`;

/** An instant as ISO-8601 with offset. Device clocks are recorded, never trusted for ordering. */
export const IsoDateTime = z.iso.datetime({ offset: true }).refine(plausibleYear, YEAR_MESSAGE);

/** A calendar date in Asia/Shanghai (deadlines are dates, not instants). */
export const LocalDate = z.iso.date().refine(plausibleYear, YEAR_MESSAGE);

export const GeoPoint = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/** SHA-256 of a photo, lower-case hex: documents reference photos by content. */
export const PhotoHash = z.string().regex(/^[0-9a-f]{64}$/, 'photo hash: 64 lower-case hex digits');

/** Short free text typed on a tablet. */
export const ShortText = z.string().trim().min(1).max(200);
export const LongText = z.string().max(4000);

/** Fields every replicated document carries. */
export const DocumentBase = {
  id: Id,
  /** Device time of the last local write; shown to people, never used to order changes. */
  updatedAt: IsoDateTime,
};
