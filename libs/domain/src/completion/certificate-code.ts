/**
 * Certificate verification codes: `RS-` and 10 characters of Crockford base32 (50 random bits),
 * e.g. `RS-7Q2M9K4X0D`. The randomness comes from the caller (crypto.randomBytes on the server),
 * so this stays pure; a code carries no meaning and can only be checked by looking it up.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CERTIFICATE_CODE_PREFIX = 'RS-';
export const CERTIFICATE_CODE_LENGTH = 10;
/** Bytes of randomness `certificateCodeFrom` needs (it uses the first 50 bits). */
export const CERTIFICATE_CODE_BYTES = 7;

const CODE_RE = new RegExp(`^${CERTIFICATE_CODE_PREFIX}[${CROCKFORD_ALPHABET}]{${CERTIFICATE_CODE_LENGTH}}$`);

export function certificateCodeFrom(random: Uint8Array): string {
  if (random.length < CERTIFICATE_CODE_BYTES) throw new RangeError(`need ${CERTIFICATE_CODE_BYTES} random bytes, got ${random.length}`);
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const byte of random.subarray(0, CERTIFICATE_CODE_BYTES)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < CERTIFICATE_CODE_LENGTH) {
      out += CROCKFORD_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return CERTIFICATE_CODE_PREFIX + out;
}

/** Whether `value` has the shape of a certificate code (it may still not exist). */
export function isCertificateCode(value: string): boolean {
  return CODE_RE.test(value);
}

/**
 * Normalises a code typed by a person: upper case, Crockford's look-alikes (O→0, I/L→1), no
 * spaces. Returns null when it cannot be a code.
 */
export function normaliseCertificateCode(value: string): string | null {
  const cleaned = value.trim().toUpperCase().replace(/\s+/g, '');
  const body = cleaned.startsWith(CERTIFICATE_CODE_PREFIX) ? cleaned.slice(CERTIFICATE_CODE_PREFIX.length) : cleaned;
  const mapped = CERTIFICATE_CODE_PREFIX + body.replace(/O/g, '0').replace(/[IL]/g, '1');
  return isCertificateCode(mapped) ? mapped : null;
}
