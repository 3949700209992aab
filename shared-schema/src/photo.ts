import { z } from 'zod';
import type { CollectionName } from './collections';
import { PhotoHash } from './primitives';

/** Photos are downscaled on the device (long edge about 2048 px); anything larger is refused. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

export const PhotoUploadResult = z.object({
  sha256: PhotoHash,
  size: z.number().int().min(1).max(MAX_PHOTO_BYTES),
  contentType: z.enum(PHOTO_CONTENT_TYPES),
  /** false when the server already had these bytes (uploads are idempotent). */
  created: z.boolean(),
});
export type PhotoUploadResult = z.infer<typeof PhotoUploadResult>;

/** The content type the bytes really are (magic numbers), whatever the request claims. */
export function sniffPhoto(bytes: Uint8Array): PhotoContentType | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every photo a document references: who may see the document may see these photos. */
export function photoHashesOf(collection: CollectionName, doc: Record<string, unknown>): string[] {
  switch (collection) {
    case 'hazards':
      return strings(doc['photosBefore']);
    case 'hazardEvents': {
      const payload = doc['payload'];
      return typeof payload === 'object' && payload !== null ? strings((payload as Record<string, unknown>)['photos']) : [];
    }
    case 'inspections':
      return Array.isArray(doc['answers'])
        ? doc['answers'].flatMap((a) => (typeof a === 'object' && a !== null ? strings((a as Record<string, unknown>)['photoHashes']) : []))
        : [];
    default:
      return [];
  }
}
