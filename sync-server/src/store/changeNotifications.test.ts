import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type ChangeNotice } from '@anxun/shared-schema';
import { NOTIFY_PAYLOAD_LIMIT, notifyPayload, parsePayload } from './changeNotifications';

const keys = (n: number) => ({ enterpriseIds: Array.from({ length: n }, (_, i) => `ent-${i}`), gridIds: ['grid-ys-01'], areaCodes: ['320582'], parentIds: [], userIds: [] });

describe('the NOTIFY payload of a notice', () => {
  it('travels whole when it fits, and reads back the same', () => {
    const notice: ChangeNotice = { documents: [{ collection: 'hazards', keys: keys(3) }], users: ['u-officer-1'] };
    expect(parsePayload(notifyPayload(notice))).toEqual(notice);
  });

  it('names only the collections past PostgreSQL’s 8,000-byte limit, which every listener reads as "any document"', () => {
    const notice: ChangeNotice = { documents: [{ collection: 'hazards', keys: keys(2_000) }, { collection: 'hazardEvents', keys: keys(1) }], users: [] };
    const payload = notifyPayload(notice);
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(NOTIFY_PAYLOAD_LIMIT);
    expect(parsePayload(payload)).toEqual({ documents: [{ collection: 'hazards', keys: null }, { collection: 'hazardEvents', keys: null }], users: [] });
  });

  it('keeps the span when it narrows, so streams still take the documents from the shared read', () => {
    const notice: ChangeNotice = { documents: [{ collection: 'hazards', keys: keys(2_000) }], users: [], span: { after: 41, through: 46 } };
    expect(parsePayload(notifyPayload(notice))).toEqual({ documents: [{ collection: 'hazards', keys: null }], users: [], span: { after: 41, through: 46 } });
  });

  it('widens what it cannot read: an older instance’s collection list, or garbage, to everything', () => {
    expect(parsePayload('hazards,grids')).toEqual({ documents: [{ collection: 'hazards', keys: null }, { collection: 'grids', keys: null }], users: [] });
    expect(parsePayload('{"documents":1}')).toEqual({ documents: COLLECTION_NAMES.map((collection) => ({ collection, keys: null })), users: null });
  });
});
