import type { BrowserContext } from 'playwright-core';
import { GeoPoint } from '@anxun/shared-schema';
import { PASSWORD } from './journey';
import { serverDocuments } from './serverApi';

/** About one metre of latitude, in degrees. */
export const METRE = 1 / 111_195;

/** Where an enterprise stands, as the server stores it (read as the city supervisor, who sees every town). */
export async function enterpriseLocation(baseUrl: string, enterpriseId: string): Promise<GeoPoint> {
  const enterprise = (await serverDocuments(baseUrl, 'shijianguan', PASSWORD, 'enterprises')).find((e) => e.id === enterpriseId);
  return GeoPoint.parse(enterprise?.['location']);
}

/** Puts the device `metresNorth` north of the enterprise (0: at its gate), with location allowed. */
export async function standAt(context: BrowserContext, baseUrl: string, enterpriseId: string, metresNorth = 0): Promise<GeoPoint> {
  const site = await enterpriseLocation(baseUrl, enterpriseId);
  const here = { lat: site.lat + metresNorth * METRE, lon: site.lon };
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: here.lat, longitude: here.lon, accuracy: 8 });
  return here;
}
