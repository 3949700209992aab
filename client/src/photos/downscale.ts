/** Long edge of a stored photo: enough to read a nameplate, small enough for a day offline. */
export const MAX_EDGE = 2048;

/** Target size keeping the aspect ratio; never upscales. */
export function targetSize(width: number, height: number, maxEdge = MAX_EDGE): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PreparedPhoto {
  hash: string;
  blob: Blob;
  bytes: number;
  width: number;
  height: number;
  createdAt: string;
}

/**
 * Decodes a camera photo (EXIF orientation applied), downscales it to JPEG and hashes the result
 * with SHA-256. Documents reference photos by this hash; the original is not kept.
 */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const size = targetSize(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  const hash = hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return { hash, blob, bytes: blob.size, ...size, createdAt: new Date().toISOString() };
}
