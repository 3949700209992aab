import { describe, expect, it } from 'vitest';
import { hex, targetSize } from './downscale';
import { backoffMs, isPermanentUploadFailure } from './photoBackoff';

describe('photo preparation', () => {
  it('scales the long edge down to 2048 px, keeps the ratio, never upscales', () => {
    expect(targetSize(4000, 3000)).toEqual({ width: 2048, height: 1536 });
    expect(targetSize(3000, 4000)).toEqual({ width: 1536, height: 2048 });
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('writes hashes as lower-case hex', () => {
    expect(hex(new Uint8Array([0, 15, 255]).buffer)).toBe('000fff');
  });
});

describe('photo upload retries', () => {
  it('backs off 5 s, 10 s, 20 s … up to 10 minutes', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(600_000);
  });
  it('gives up only on answers a retry cannot change', () => {
    expect([413, 415, 422].every(isPermanentUploadFailure)).toBe(true);
    expect([0, 401, 500, 503].some(isPermanentUploadFailure)).toBe(false);
  });
});
