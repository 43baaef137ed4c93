import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  verifyAgainstNothing,
  verifyPassword,
} from '../../src/server/auth/password.ts';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses others', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('zelfde wachtwoord')).not.toBe(
      await hashPassword('zelfde wachtwoord'),
    );
  });

  it('treats a malformed stored hash as no match', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
  });

  it('does the same work for a missing account and always refuses', async () => {
    expect(await verifyAgainstNothing('anything')).toBe(false);
  });
});
