/** Password limits, the same for every form that sets one and for the API that checks it. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** How long a one-time password-reset link stays usable. */
export const PASSWORD_RESET_TTL_HOURS = 24;
