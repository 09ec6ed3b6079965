import { pickLocale } from '@ruamsang/shared';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { translate } from '../../common/errors.js';
import { AttendanceMessages } from './attendance.errors.js';

/** Checks of certificate codes per address per minute: plenty for people, slow for guessing. */
export const VERIFICATIONS_PER_MINUTE = 30;

/**
 * The public `/verify/<code>` is the one place a stranger can try codes. A code holds 50 random
 * bits, so guessing is hopeless anyway; this keeps it so and keeps the database out of it.
 * Counted in memory per process (behind the loopback proxy, per client address).
 */
export function verificationRateLimit(): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: VERIFICATIONS_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.status(429).json({ valid: false, message: translate(AttendanceMessages['attendance.tooManyVerifications'], pickLocale(req.headers['accept-language'])) });
    },
  });
}
