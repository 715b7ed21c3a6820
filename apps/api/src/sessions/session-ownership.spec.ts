import { lockKey, lockKeyParts } from './session-ownership';

describe('lockKey', () => {
  it('maps a session id to a stable signed 64-bit advisory-lock key', () => {
    const key = lockKey('b95f6a21-f47a-4aaf-bc93-acc01543a699');
    expect(key).toBe(lockKey('b95f6a21-f47a-4aaf-bc93-acc01543a699'));
    expect(key).not.toBe(lockKey('c95f6a21-f47a-4aaf-bc93-acc01543a699'));
    const n = BigInt(key);
    expect(n >= -(2n ** 63n) && n < 2n ** 63n).toBe(true);
  });
});

describe('lockKeyParts', () => {
  it('splits the key as pg_locks shows it: high 32 bits in classid, low 32 in objid', () => {
    const id = 'b95f6a21-f47a-4aaf-bc93-acc01543a699';
    const { classid, objid } = lockKeyParts(id);
    expect(BigInt.asIntN(64, (BigInt(classid) << 32n) | BigInt(objid)).toString()).toBe(lockKey(id));
    expect(classid >= 0 && classid < 2 ** 32 && objid >= 0 && objid < 2 ** 32).toBe(true);
  });
});
