import { describe, expect, it } from 'vitest';
import { afterFailure, retryAfterSeconds, THROTTLE, type ThrottleState } from './throttlePolicy';

const at = (ms: number) => new Date(Date.UTC(2026, 4, 1) + ms);

function fail(times: number, from: ThrottleState | undefined, start: number, stepMs = 1000): ThrottleState | undefined {
  let state = from;
  for (let i = 0; i < times; i++) state = afterFailure(state, at(start + i * stepMs));
  return state;
}

describe('sign-in throttle policy', () => {
  it('locks on the tenth failure within the window, for a minute first', () => {
    const nine = fail(9, undefined, 0);
    expect(nine?.lockedUntil).toBeNull();
    const ten = afterFailure(nine, at(9_000));
    expect(ten.lockedUntil).toEqual(at(9_000 + 60_000));
  });

  it('does not lock when the failures are spread beyond the window', () => {
    const spread = fail(30, undefined, 0, THROTTLE.windowMs / 9 + 1000);
    expect(spread?.lockedUntil).toBeNull();
  });

  it('doubles each further lock up to fifteen minutes, and forgets after a quiet day', () => {
    const locks: number[] = [];
    let state: ThrottleState | undefined;
    let t = 0;
    for (let round = 0; round < 7; round++) {
      state = fail(10, state, t);
      const until = state?.lockedUntil ?? at(0);
      locks.push((until.getTime() - at(t + 9_000).getTime()) / 60_000);
      t = until.getTime() - at(0).getTime() + 1000;
    }
    expect(locks).toEqual([1, 2, 4, 8, 15, 15, 15]);
    const later = fail(10, state, t + THROTTLE.forgetAfterMs + 1);
    expect(later?.lockCount).toBe(1);
  });

  it('answers the wait of the latest lock still holding, in whole seconds', () => {
    expect(retryAfterSeconds([null, at(1500)], at(0))).toBe(2);
    expect(retryAfterSeconds([at(90_000), at(1500)], at(0))).toBe(90);
    expect(retryAfterSeconds([at(0), null], at(0))).toBe(0);
  });
});
