import type { GeoPoint } from '@anxun/shared-schema';

/** One position fix, or null after `timeoutMs` (basements and cold stores often have none). */
export function currentPosition(timeoutMs = 8_000): Promise<{ position: GeoPoint; accuracyMetres: number } | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ position: { lat: p.coords.latitude, lon: p.coords.longitude }, accuracyMetres: p.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
