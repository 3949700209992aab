import { describe, expect, it } from 'vitest';
import { HazardEvent, HazardEventType } from '@anxun/shared-schema';
import { ACTION_FIELDS, toPayload } from './actionFields';

describe('hazard action forms', () => {
  it('ask, for every event type, for each payload field the event schema requires', () => {
    for (const type of HazardEventType.options) {
      const values: Record<string, string | boolean> = {};
      for (const f of ACTION_FIELDS[type]) values[f.key] = f.kind === 'checkbox' ? true : f.kind === 'date' ? '2026-12-31' : f.kind === 'number' ? '12' : f.kind === 'listingLevel' ? 'town' : f.kind === 'photos' ? 'a'.repeat(64) : '说明';
      const event = {
        id: 'e', updatedAt: '2026-03-01T00:00:00Z', hazardId: 'h', enterpriseId: 'x', type, payload: toPayload(ACTION_FIELDS[type], values),
        actorId: 'u', actorRole: 'officer', actorName: 'n', deviceId: 'd', deviceTime: '2026-03-01T00:00:00Z',
      };
      expect(HazardEvent.safeParse(event).success, type).toBe(true);
    }
  });
  it('leaves empty fields out and converts numbers', () => {
    expect(toPayload(ACTION_FIELDS.submitRectification, { measures: ' 更换 ', costYuan: '1200' })).toEqual({ measures: '更换', costYuan: 1200 });
    expect(toPayload(ACTION_FIELDS.verify, { reason: '' })).toEqual({ passed: false });
  });
});

describe('action form captions', () => {
  it('have a text in both languages for every field of every action', async () => {
    const { zh } = await import('../../i18n/zh');
    const { en } = await import('../../i18n/en');
    for (const fields of Object.values(ACTION_FIELDS)) {
      for (const f of fields) {
        const key = `hazard.field.${f.key}`;
        expect(zh, key).toHaveProperty([key]);
        expect(en, key).toHaveProperty([key]);
      }
    }
  });
});
