import { describe, expect, it } from 'vitest';
import { checkInPlace, needsOffSiteReason } from './checkInPlace';

const works = { location: { lat: 31.87, lon: 120.55 } };
const north = (metres: number) => ({ position: { lat: 31.87 + metres / 111_195, lon: 120.55 } });

describe('checkInPlace', () => {
  it('is on site within 300 m of the enterprise and off site beyond', () => {
    expect(checkInPlace(works, north(120))).toMatchObject({ kind: 'onSite', distanceMetres: 120 });
    expect(checkInPlace(works, north(800))).toMatchObject({ kind: 'offSite', distanceMetres: 800, radiusMetres: 300 });
  });

  it("uses the enterprise's own radius for a large works", () => {
    expect(checkInPlace({ ...works, checkInRadiusMetres: 1_000 }, north(800))).toMatchObject({ kind: 'onSite' });
  });

  it('says when there is no position or no enterprise location, and which need a reason', () => {
    expect(checkInPlace(works, { position: undefined })).toEqual({ kind: 'noPosition' });
    expect(checkInPlace({}, north(10))).toEqual({ kind: 'noEnterpriseLocation' });
    expect(needsOffSiteReason(checkInPlace(works, north(800)))).toBe(true);
    expect(needsOffSiteReason(checkInPlace(works, { position: undefined }))).toBe(true);
    expect(needsOffSiteReason(checkInPlace(works, north(100)))).toBe(false);
    expect(needsOffSiteReason(checkInPlace({}, north(100)))).toBe(false);
  });
});
