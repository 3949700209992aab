import { beforeEach, expect, it } from 'vitest';
import { GeoPoint, type WireDocument } from '@anxun/shared-schema';
import { inspectionFor } from '../testing/fixtures';
import { onEveryStore, signIn, wire } from './hostileServer';

/**
 * 现场签到: an officer's check-in measured away from the enterprise's STORED location needs a
 * reason. The device's own idea of where the enterprise is (or whether it was on site) is never
 * asked: the server measures against what it stores.
 */
onEveryStore('an off-site check-in carries a reason, measured against the stored enterprise', (h) => {
  let site: GeoPoint;
  beforeEach(async () => {
    await signIn(h, ['wangge']);
    site = GeoPoint.parse((await h.stored('enterprises', ['ent-001'])).get('ent-001')?.data['location']);
  });
  const away = (metres: number) => ({ lat: site.lat + metres / 111_195, lon: site.lon });
  const inspection = (id: string, checkIn: object): WireDocument =>
    wire({ ...inspectionFor('ent-001', id, 'gridPatrol', h.principal('wangge').userId), checkIn: { at: new Date().toISOString(), ...checkIn } });

  it('refuses an inspection checked in 800 m away without a reason, and stores nothing', async () => {
    const doc = inspection('hostile-offsite-1', { position: away(800), accuracyMetres: 8 });
    const answer = await h.push('wangge', 'inspections', [{ assumedMasterState: null, newDocumentState: doc }]);
    expect(answer.refused.map((r) => r.id)).toEqual([doc.id]);
    expect(answer.refused[0]?.reason).toMatch(/非现场签到（距企业 800 米）须说明原因/);
    expect((await h.stored('inspections', [doc.id])).has(doc.id)).toBe(false);
  });

  it('accepts the same check-in with a reason, and one on site without', async () => {
    const offSite = inspection('hostile-offsite-2', { position: away(800), accuracyMetres: 8, offSiteReason: '企业门卫不让进厂，在路口签到' });
    const onSite = inspection('hostile-offsite-3', { position: away(100), accuracyMetres: 8 });
    const answer = await h.push('wangge', 'inspections', [offSite, onSite].map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    expect(answer.refused).toEqual([]);
    expect([...(await h.stored('inspections', [offSite.id, onSite.id])).keys()].sort()).toEqual([offSite.id, onSite.id].sort());
  });

  it('does not let a later edit move an on-site check-in away without a reason', async () => {
    const doc = inspection('hostile-offsite-4', { position: away(50), accuracyMetres: 8 });
    await h.push('wangge', 'inspections', [{ assumedMasterState: null, newDocumentState: doc }]);
    const moved = { ...doc, checkIn: { ...(doc['checkIn'] as object), position: away(2_000) }, updatedAt: new Date().toISOString() };
    const answer = await h.push('wangge', 'inspections', [{ assumedMasterState: doc, newDocumentState: moved }]);
    expect(answer.refused.map((r) => r.id)).toEqual([doc.id]);
  });
});
