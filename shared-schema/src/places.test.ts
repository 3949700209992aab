import { describe, expect, it } from 'vitest';
import { boundaryFromGeoJson, outlineOf } from './places';

const square = [[120.5, 31.8], [120.6, 31.8], [120.6, 31.9], [120.5, 31.9], [120.5, 31.8]];

describe('grid boundaries from GeoJSON', () => {
  it('reads a Polygon as [lon, lat] positions, dropping the closing repeat', () => {
    const read = boundaryFromGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [square] }));
    expect(read).toEqual({ ok: true, boundary: [[{ lat: 31.8, lon: 120.5 }, { lat: 31.8, lon: 120.6 }, { lat: 31.9, lon: 120.6 }, { lat: 31.9, lon: 120.5 }]] });
  });

  it('reads a MultiPolygon inside a FeatureCollection, one ring per polygon', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[square], [square.map(([x = 0, y = 0]) => [x + 1, y])]] };
    const read = boundaryFromGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: multi }] }));
    expect(read.ok && read.boundary.length).toBe(2);
  });

  it.each([
    ['not JSON', '{', 'JSON'],
    ['a point', JSON.stringify({ type: 'Point', coordinates: [120, 31] }), 'Polygon'],
    ['latitude out of range', JSON.stringify({ type: 'Polygon', coordinates: [square.map(([x]) => [x, 91])] }), '超出范围'],
    ['longitude out of range', JSON.stringify({ type: 'Polygon', coordinates: [[[181, 31], [120, 31], [120, 32], [181, 31]]] }), '超出范围'],
    ['an open ring', JSON.stringify({ type: 'Polygon', coordinates: [square.slice(0, 4)] }), '未闭合'],
    ['too few positions', JSON.stringify({ type: 'Polygon', coordinates: [[[120, 31], [121, 31], [120, 31]]] }), '至少 4'],
    ['text coordinates', JSON.stringify({ type: 'Polygon', coordinates: [[['120', '31'], [121, 31], [121, 32], ['120', '31']]] }), '数字'],
    ['an empty collection', JSON.stringify({ type: 'FeatureCollection', features: [] }), '没有多边形'],
  ])('refuses %s with a reason', (_name, text, words) => {
    const read = boundaryFromGeoJson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toContain(words);
  });

  it('the drawable outline is the largest ring thinned to 200 points', () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({ lat: 31 + i / 1e4, lon: 120 }));
    expect(outlineOf([[{ lat: 1, lon: 1 }, { lat: 2, lon: 2 }, { lat: 3, lon: 1 }], big])).toHaveLength(200);
    expect(outlineOf([big.slice(0, 10)])).toHaveLength(10);
  });
});
