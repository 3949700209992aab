import { describe, expect, it } from 'vitest';
import { ApiError } from './apiClient';
import { rootCause } from './rootCause';

describe('rootCause', () => {
  it('finds the API error code inside an RxDB replication error', () => {
    const plain = { name: 'Error', message: 'Failed to fetch', code: 'network' };
    expect(rootCause({ code: 'RC_PUSH', message: 'RxDB Error-Code: RC_PUSH', parameters: { errors: [plain] } })).toEqual({ code: 'network', message: 'Failed to fetch' });
  });
  it('reads an ApiError directly', () => {
    expect(rootCause(new ApiError('token_expired', 401, 'Session expired'))).toEqual({ code: 'token_expired', message: 'Session expired' });
  });
});
