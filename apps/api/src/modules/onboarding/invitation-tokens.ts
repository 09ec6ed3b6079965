import { createHash, createHmac } from 'node:crypto';

/**
 * An invitation's token is HMAC-SHA256(secret, invitation id): the server can show the link again
 * to whoever may manage it, yet the database holds only SHA-256(token), so a copy of the database
 * alone opens no invitation.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`ruamsang invitation v1:${invitationId}`).digest('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function joinPath(token: string): string {
  return `/join/${token}`;
}
