import { describe, expect, it } from 'vitest';
import { ApiError } from '../../sync/apiClient';
import { loginErrorKey } from './loginError';

describe('loginErrorKey', () => {
  it('says "wrong username or password" only for invalid credentials', () => {
    expect(loginErrorKey(new ApiError('invalid_credentials', 401, 'x'))).toBe('login.invalid');
    expect(loginErrorKey(new ApiError('validation_failed', 400, 'x'))).toBe('login.failed');
  });

  it('says the sign-in is locked for a while after too many attempts', () => {
    expect(loginErrorKey(new ApiError('too_many_attempts', 429, 'x'))).toBe('login.locked');
  });

  it('treats an unreachable server, or a gateway answering for it, as a network problem', () => {
    expect(loginErrorKey(new ApiError('network', 0, 'Failed to fetch'))).toBe('login.network');
    expect(loginErrorKey(new ApiError('http_error', 502, 'HTTP 502'))).toBe('login.network');
    expect(loginErrorKey(new ApiError('internal', 500, 'boom'))).toBe('login.failed');
  });
});
