import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportedPerson } from '@ruamsang/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** An imported person as stored: the domain's row plus the id, the sign-in e-mail and the coordinator scope. */
export interface PersonToInsert extends ImportedPerson {
  readonly id: string;
  /** The stored e-mail: the row's, or a reserved `.invalid` address for a phone-only person (app_user.email is required). */
  readonly storedEmail: string;
  readonly managedProvinceCodes: readonly string[];
}

/**
 * An imported person cannot sign in until they set a password (a reset link or an invitation):
 * this is no argon2 hash, so every password check on it fails.
 */
export const NO_PASSWORD = '!no-password';

/** The stored e-mail of a person imported with a phone number only (RFC 2606 reserves `.invalid`). */
export function phoneOnlyEmail(phone: string): string {
  return `${phone.replace(/^\+/, '')}@phone.invalid`;
}

const BATCH = 5_000;

@Injectable()
export class PeopleImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Which of these e-mails (lower-cased) and phones (E.164) already have an account: one query. */
  async existingContacts(emails: readonly string[], phones: readonly string[], manager?: EntityManager): Promise<{ emails: Set<string>; phones: Set<string> }> {
    const rows: { email: string; phone: string | null }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT email, phone FROM app_user WHERE email = ANY($1::varchar[]) OR phone = ANY($2::varchar[])`,
      [emails, phones],
    );
    return { emails: new Set(rows.map((r) => r.email)), phones: new Set(rows.flatMap((r) => (r.phone ? [r.phone] : []))) };
  }

  /** Organisation ids keyed by province and lower-cased name (national ones under ''). */
  async organisations(): Promise<{ id: string; name: string; provinceCode: string | null }[]> {
    return this.dataSource.query(`SELECT id, name, province_code AS "provinceCode" FROM organisation`);
  }

  /** Multi-row inserts through unnest: one statement per 5,000 people, whatever the row count. */
  async insertPeople(people: readonly PersonToInsert[], manager: EntityManager): Promise<void> {
    for (let start = 0; start < people.length; start += BATCH) {
      const batch = people.slice(start, start + BATCH);
      const column = <T>(pick: (p: PersonToInsert) => T) => batch.map(pick);
      await manager.query(
        `INSERT INTO app_user (id, email, password_hash, display_name, role, province_code, district_code, organisation_id, sector, gender, age_band,
                               languages, persona_groups, managed_province_codes, phone, preferred_locale)
         SELECT u.id, u.email, $3, u.display_name, u.role, u.province_code, u.district_code, u.organisation_id, u.sector, u.gender, u.age_band,
                string_to_array(u.languages, ','), '{}', string_to_array(u.managed, ','), u.phone, u.locale
           FROM unnest($1::uuid[], $2::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::uuid[], $9::varchar[], $10::varchar[],
                       $11::varchar[], $12::text[], $13::text[], $14::varchar[], $15::varchar[])
             AS u(id, email, display_name, role, province_code, district_code, organisation_id, sector, gender, age_band, languages, managed, phone, locale)`,
        [
          column((p) => p.id),
          column((p) => p.storedEmail),
          NO_PASSWORD,
          column((p) => p.displayName),
          column((p) => p.role),
          column((p) => p.provinceCode),
          column((p) => p.districtCode),
          column((p) => p.organisationId),
          column((p) => p.sector),
          column((p) => p.gender),
          column((p) => p.ageBand),
          column((p) => p.languages.join(',')),
          column((p) => p.managedProvinceCodes.join(',')),
          column((p) => p.phone),
          column((p) => p.preferredLocale),
        ],
      );
    }
  }
}
