import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Whether an `Authorization` header carries `Bearer <secret>`. Both sides are hashed first, so the
 * comparison takes the same time whatever the length or the first wrong character of the guess.
 */
export function bearerMatches(authorization: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  const offered = match?.[1] ?? '';
  const equal = timingSafeEqual(digest(offered), digest(secret));
  return match !== null && equal;
}
