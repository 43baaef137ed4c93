import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: for access, refresh and setup tokens. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored only as SHA-256 hashes: a copy of the database does not let anyone sign
 * in. A fast hash is right here because the tokens themselves are long and random.
 */
export function hashSecret(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
