import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgeBand, Gender, Role, Sector } from '@ruamsang/shared';
import { DistrictEntity } from '../../geography/entities/district.entity.js';
import { OrganisationEntity } from '../../geography/entities/organisation.entity.js';
import { ProvinceEntity } from '../../geography/entities/province.entity.js';

/** Anyone who signs in: practitioners, trainers, coordinators and admins. Holds personal data. */
@Entity({ name: 'app_user' })
@Index('app_user_role_province_idx', ['role', 'provinceCode'])
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Index('app_user_email_uq', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'app_user_province_fk' })
  province?: ProvinceEntity;

  @Column({ name: 'district_code', type: 'varchar', length: 4, nullable: true })
  districtCode!: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'app_user_district_fk' })
  district?: DistrictEntity;

  @Index('app_user_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'app_user_organisation_fk' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32, nullable: true })
  sector!: Sector | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  gender!: Gender | null;

  @Column({ name: 'age_band', type: 'varchar', length: 32, nullable: true })
  ageBand!: AgeBand | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'persona_groups', type: 'text', array: true, default: () => "'{}'" })
  personaGroups!: string[];

  /** Provinces a coordinator answers for. */
  @Column({ name: 'managed_province_codes', type: 'text', array: true, default: () => "'{}'" })
  managedProvinceCodes!: string[];

  /** Thai mobile number in E.164 (+66…), a second sign-in name; unique when set. */
  @Index('app_user_phone_uq', { unique: true, where: 'phone IS NOT NULL' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  phone!: string | null;

  /** Set when an administrator or coordinator deactivated the account: every token is refused from then on. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** Tokens issued before this moment are refused (password changed or reset). */
  @Column({ name: 'tokens_valid_after', type: 'timestamptz', nullable: true })
  tokensValidAfter!: Date | null;

  /** The one sign-in session kept past tokens_valid_after: the one that changed the password. */
  @Column({ name: 'kept_session_id', type: 'varchar', length: 32, nullable: true })
  keptSessionId!: string | null;

  /** SHA-256 of the one-time password-reset token an admin or coordinator issued; null when none is open. */
  @Index('app_user_password_reset_uq', { unique: true, where: 'password_reset_hash IS NOT NULL' })
  @Column({ name: 'password_reset_hash', type: 'varchar', length: 64, nullable: true })
  passwordResetHash!: string | null;

  @Column({ name: 'password_reset_expires_at', type: 'timestamptz', nullable: true })
  passwordResetExpiresAt!: Date | null;

  @Column({ name: 'preferred_locale', type: 'varchar', length: 2, default: 'th' })
  preferredLocale!: string;

  /** Set when the person's data was erased (PDPA): the row stays so aggregates keep their shape. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
