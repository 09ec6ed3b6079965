import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP's recommended memory-hard hash). */
@Injectable()
export class PasswordHasher {
  // Verified against when the email is unknown, so a miss costs as long as a hit.
  private readonly decoy = argon2.hash('ruamsang-decoy-password');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
