import { lockKey } from './session-ownership';

describe('lockKey', () => {
  it('maps a session id to a stable signed 64-bit advisory-lock key', () => {
    const key = lockKey('b95f6a21-f47a-4aaf-bc93-acc01543a699');
    expect(key).toBe(lockKey('b95f6a21-f47a-4aaf-bc93-acc01543a699'));
    expect(key).not.toBe(lockKey('c95f6a21-f47a-4aaf-bc93-acc01543a699'));
    const n = BigInt(key);
    expect(n >= -(2n ** 63n) && n < 2n ** 63n).toBe(true);
  });
});
