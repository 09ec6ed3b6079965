import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import QRCode from 'qrcode';
import { isUUID } from 'class-validator';
import {
  provinceScopeOf,
  refuseAccountChange,
  refuseAccountCreation,
  refuseAccountManagement,
  refuseActivationChange,
  refuseToken,
  type AccountChangeRefusal,
  type Actor,
  type ManagedAccount,
} from '@ruamsang/domain';
import { PASSWORD_RESET_TTL_HOURS, Role, type Locale } from '@ruamsang/shared';
import { looksLikePhone, normalizeThaiMobile } from '@ruamsang/shared/phone';
import type { EntityManager } from 'typeorm';
import { ActorDirectory, type ActorRefusal } from '../../common/auth/auth.guard.js';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError } from '../../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { GeographyService } from '../geography/geography.service.js';
import { AccountsMessages } from './accounts.errors.js';
import { AccountsRepository } from './accounts.repository.js';
import type { CreateUserInput, UsersArgs } from './dto/create-user.input.js';
import type { UpdateUserInput } from './dto/update-user.input.js';
import type { AppUserEntity } from './entities/app-user.entity.js';
import { AuditService } from '../privacy/audit.service.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';

export function actorOf(user: AppUserEntity): Actor {
  return { id: user.id, role: user.role, managedProvinceCodes: user.managedProvinceCodes };
}

function managed(user: AppUserEntity): ManagedAccount {
  return { id: user.id, role: user.role, provinceCode: user.provinceCode, active: user.deactivatedAt == null };
}

/** Reset tokens are kept only as their SHA-256: 256 random bits need no slow hash. */
function resetHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The field a refusal of an account change points at, when it is about one field. */
const REFUSAL_FIELD: Partial<Record<AccountChangeRefusal, string>> = {
  ROLE_NOT_GRANTABLE: 'role',
  PROVINCE_REQUIRED: 'provinceCode',
  PROVINCE_OUTSIDE_SCOPE: 'provinceCode',
  MANAGED_PROVINCES_REQUIRED: 'managedProvinceCodes',
  LAST_ADMIN: 'role',
};

function changeRefused(refusal: AccountChangeRefusal, withField: boolean): DomainError {
  const key = AccountsMessages[`accounts.change.${refusal}`];
  const field = withField ? REFUSAL_FIELD[refusal] : undefined;
  return field ? DomainError.badInput(field, key) : DomainError.forbidden(key);
}

/** The fields of a person an admin or coordinator may change, in UpdateUserInput's names. */
const EDITABLE = ['role', 'displayName', 'provinceCode', 'districtCode', 'managedProvinceCodes', 'organisationId', 'sector', 'gender', 'phone'] as const;

@Injectable()
export class AccountsService implements ActorDirectory {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly repository: AccountsRepository,
    private readonly geography: GeographyService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every request: a deactivated account, or a token older than the last password change, is refused. */
  async findActor(userId: string, token: { issuedAtMs: number; sessionId: string | null }): Promise<Actor | ActorRefusal | null> {
    const user = await this.repository.findById(userId);
    if (!user) return null;
    const refusal = refuseToken(user, token);
    if (refusal === 'ACCOUNT_DEACTIVATED') return { refusedBecause: AccountsMessages['accounts.deactivated'] };
    if (refusal === 'TOKEN_REVOKED') return { refusedBecause: AccountsMessages['accounts.tokenRevoked'] };
    return actorOf(user);
  }

  findUser(id: string): Promise<AppUserEntity | null> {
    return this.repository.findById(id);
  }

  /**
   * `signInName` is an e-mail address or a Thai mobile number in any usual writing. The failure
   * counter is the account's (its e-mail address), so switching between the two gains nothing.
   */
  async login(signInName: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: AppUserEntity }> {
    const byPhone = looksLikePhone(signInName);
    const phone = byPhone ? normalizeThaiMobile(signInName) : null;
    const user = byPhone ? (phone ? await this.repository.findByPhone(phone) : null) : await this.repository.findByEmail(signInName);
    const throttleKey = user?.email ?? phone ?? signInName;
    await this.throttle.beforeAttempt(throttleKey, address);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.throttle.failed(throttleKey, address);
      throw DomainError.unauthenticated(AccountsMessages[byPhone ? 'accounts.badPhoneCredentials' : 'accounts.badCredentials']);
    }
    await this.throttle.succeeded(throttleKey);
    // Said only to someone who knows the password: a guesser learns nothing about the account.
    if (user.deactivatedAt) throw DomainError.unauthenticated(AccountsMessages['accounts.deactivated']);
    const token = await this.tokens.sign(user.id, user.role);
    return { token, expiresAt: new Date(Date.now() + this.tokens.ttlSeconds * 1000), user };
  }

  /**
   * Admins change anyone; coordinators the practitioners and trainers of their provinces, and only
   * within them (see the domain rules). The last active admin stays an admin.
   */
  async updateUser(actor: Actor, id: string, input: UpdateUserInput): Promise<AppUserEntity> {
    // Checked first outside the transaction (the reference data and the phone register), then
    // once more on the locked rows: the embedded database has one connection, so nothing inside
    // the transaction may read through another.
    const current = isUUID(id) ? await this.repository.findById(id) : null;
    if (!current || current.erasedAt) throw DomainError.notFound(AccountsMessages['accounts.userNotFound']);
    const management = refuseAccountManagement(actor, managed(current));
    if (management) throw changeRefused(management, false);
    const next = await this.checkedChange(current, input);
    return this.repository.transaction(async (manager) => {
      const activeAdmins = await this.repository.lockActiveAdmins(manager);
      const user = await this.lockedUser(id, manager);
      const refusal = refuseAccountChange(actor, managed(user), next, activeAdmins);
      if (refusal) throw changeRefused(refusal, refuseAccountManagement(actor, managed(user)) === null);
      const changed = EDITABLE.filter((field) => JSON.stringify(next[field] ?? null) !== JSON.stringify(user[field] ?? null));
      if (changed.length === 0) return user;
      await this.repository.update(user.id, next, manager);
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'app_user', entityId: user.id, subjectId: user.id, fields: changed });
      this.logger.log(`user ${user.id} changed by ${actor.id}: ${changed.join(', ')}`);
      return (await this.repository.findById(user.id, manager))!;
    });
  }

  /** The person's editable fields after the change, each checked (place, provinces, organisation, phone). */
  private async checkedChange(user: AppUserEntity, input: UpdateUserInput) {
    const role = input.role ?? user.role;
    const provinceCode = input.provinceCode !== undefined ? input.provinceCode : user.provinceCode;
    const provinceChanged = provinceCode !== user.provinceCode;
    const districtCode = input.districtCode !== undefined ? input.districtCode : provinceChanged ? null : user.districtCode;
    const managedProvinceCodes = role === Role.COORDINATOR ? (input.managedProvinceCodes ?? user.managedProvinceCodes) : [];
    if (role === Role.PRACTITIONER && !provinceCode) throw DomainError.badInput('provinceCode', AccountsMessages['accounts.practitionerNeedsProvince']);
    const displayName = input.displayName != null ? input.displayName.trim() : user.displayName;
    if (!displayName) throw DomainError.badInput('displayName', 'validation.isNotEmpty');
    await this.geography.assertPlace(provinceCode, districtCode);
    // a coordinator answers for provinces of the programme area only
    if (input.managedProvinceCodes && role === Role.COORDINATOR) await this.geography.assertInProgramme(managedProvinceCodes, 'managedProvinceCodes');
    if (input.organisationId) await this.geography.assertOrganisation(input.organisationId, 'organisationId');
    return {
      role,
      displayName,
      provinceCode,
      districtCode,
      managedProvinceCodes,
      organisationId: input.organisationId !== undefined ? input.organisationId : user.organisationId,
      sector: input.sector !== undefined ? input.sector : user.sector,
      gender: input.gender !== undefined ? input.gender : user.gender,
      phone: input.phone !== undefined ? await this.checkedPhone(input.phone, user.id) : user.phone,
    };
  }

  /** Deactivating refuses the person's tokens from the very next request; reactivating lets them sign in again. */
  async setUserActive(actor: Actor, id: string, active: boolean): Promise<AppUserEntity> {
    return this.repository.transaction(async (manager) => {
      const activeAdmins = await this.repository.lockActiveAdmins(manager);
      const user = await this.lockedUser(id, manager);
      const refusal = refuseActivationChange(actor, managed(user), active, activeAdmins);
      if (refusal) throw changeRefused(refusal, false);
      if (user.erasedAt) throw DomainError.notFound(AccountsMessages['accounts.userNotFound']);
      if ((user.deactivatedAt == null) === active) return user;
      await this.repository.update(user.id, { deactivatedAt: active ? null : new Date() }, manager);
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'app_user', entityId: user.id, subjectId: user.id, fields: ['deactivatedAt'] });
      this.logger.log(`user ${user.id} ${active ? 'reactivated' : 'deactivated'} by ${actor.id}`);
      return (await this.repository.findById(user.id, manager))!;
    });
  }

  /**
   * Checks the current password (counted like a failed sign-in), sets the new one and revokes
   * every token issued so far except the caller's own session (`sessionId`), so the person carries
   * on where they are while every other device is signed out.
   */
  async changeMyPassword(actor: Actor, currentPassword: string, newPassword: string, address: string, sessionId: string | null): Promise<boolean> {
    const user = await this.repository.findById(actor.id);
    if (!user) throw DomainError.unauthenticated('common.unauthenticated');
    await this.throttle.beforeAttempt(user.email, address);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.throttle.failed(user.email, address);
      throw DomainError.badInput('currentPassword', AccountsMessages['accounts.wrongCurrentPassword']);
    }
    await this.throttle.succeeded(user.email);
    await this.setPassword(user, newPassword, user.id, { keptSessionId: sessionId });
    return true;
  }

  /**
   * A one-time link to set a password, for someone without e-mail or who forgot theirs: whoever
   * manages the person issues it and hands it over (link or QR). A new link voids the previous one.
   */
  async issuePasswordReset(actor: Actor, userId: string, origin: string): Promise<{ url: string; path: string; qrSvg: string; expiresAt: Date }> {
    const user = await this.repository.findById(userId);
    if (!user || user.erasedAt) throw DomainError.notFound(AccountsMessages['accounts.userNotFound']);
    const refusal = refuseAccountManagement(actor, managed(user));
    if (refusal) throw changeRefused(refusal, false);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_HOURS * 3_600_000);
    await this.repository.transaction(async (manager) => {
      await this.repository.update(user.id, { passwordResetHash: resetHash(token), passwordResetExpiresAt: expiresAt }, manager);
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'app_user', entityId: user.id, subjectId: user.id, fields: ['passwordResetHash'] });
    });
    const path = `/reset/${token}`;
    const url = `${this.config.publicWebUrl ?? origin}${path}`;
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { url, path, qrSvg, expiresAt };
  }

  /** Public: sets the password with a reset token, once, before it expires. Refusals are counted per address. */
  async resetPassword(token: string, newPassword: string, address: string): Promise<boolean> {
    await this.throttle.beforeReset(address);
    const user = await this.repository.findByResetHash(resetHash(token));
    const refuse = async (key: string, params: Record<string, number> = {}) => {
      await this.throttle.resetRefused(address);
      return DomainError.badInput('token', key, params);
    };
    if (!user || user.erasedAt) throw await refuse(AccountsMessages['accounts.resetUnknown']);
    if (!user.passwordResetExpiresAt) throw await refuse(AccountsMessages['accounts.resetUsed']);
    if (user.passwordResetExpiresAt.getTime() <= Date.now()) throw await refuse(AccountsMessages['accounts.resetExpired'], { hours: PASSWORD_RESET_TTL_HOURS });
    if (user.deactivatedAt) throw DomainError.forbidden(AccountsMessages['accounts.deactivated']);
    // The hash stays (without an expiry) so a second use is told "already used", not "unknown".
    await this.setPassword(user, newPassword, user.id, { passwordResetExpiresAt: null, keptSessionId: null });
    return true;
  }

  async setMyLocale(actor: Actor, locale: Locale): Promise<AppUserEntity> {
    await this.repository.transaction(async (manager) => {
      await this.repository.update(actor.id, { preferredLocale: locale }, manager);
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'app_user', entityId: actor.id, subjectId: actor.id, fields: ['preferredLocale'] });
    });
    const user = await this.repository.findById(actor.id);
    if (!user) throw DomainError.unauthenticated('common.unauthenticated');
    return user;
  }

  private async setPassword(user: AppUserEntity, password: string, actorId: string, extra: Partial<AppUserEntity> = {}): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    await this.repository.transaction(async (manager) => {
      await this.repository.update(user.id, { ...extra, passwordHash, tokensValidAfter: new Date() }, manager);
      await this.audit.record(manager, { actorId, action: 'UPDATE', entity: 'app_user', entityId: user.id, subjectId: user.id, fields: ['passwordHash', 'tokensValidAfter'] });
    });
    this.logger.log(`password of ${user.id} set by ${actorId}; earlier tokens revoked`);
  }

  private async lockedUser(id: string, manager: EntityManager): Promise<AppUserEntity> {
    const user = isUUID(id) ? await this.repository.findForUpdate(id, manager) : null;
    if (!user || user.erasedAt) throw DomainError.notFound(AccountsMessages['accounts.userNotFound']);
    return user;
  }

  /** A Thai mobile number normalised to +66…, or null to clear it; refused when malformed or someone else's. */
  private async checkedPhone(input: string | null, userId: string): Promise<string | null> {
    if (input == null || input.trim() === '') return null;
    const phone = normalizeThaiMobile(input);
    if (!phone) throw DomainError.badInput('phone', AccountsMessages['accounts.phoneInvalid']);
    const holder = await this.repository.findByPhone(phone);
    if (holder && holder.id !== userId) throw DomainError.conflict(AccountsMessages['accounts.phoneTaken'], { phone: input.trim() }, 'phone');
    return phone;
  }

  /** Admins create anyone; coordinators practitioners and trainers in their provinces (see domain rules). */
  async createUser(actor: Actor, input: CreateUserInput): Promise<AppUserEntity> {
    const managedProvinceCodes = input.role === Role.COORDINATOR ? (input.managedProvinceCodes ?? []) : [];
    const refusal = refuseAccountCreation(actor, { role: input.role, provinceCode: input.provinceCode, managedProvinceCodes });
    if (refusal === 'MANAGED_PROVINCES_REQUIRED') {
      throw DomainError.badInput('managedProvinceCodes', AccountsMessages[`accounts.${refusal}`]);
    }
    if (refusal) throw DomainError.forbidden(AccountsMessages[`accounts.${refusal}`]);
    if (input.role === Role.PRACTITIONER && !input.provinceCode) {
      throw DomainError.badInput('provinceCode', AccountsMessages['accounts.practitionerNeedsProvince']);
    }
    await this.geography.assertPlace(input.provinceCode, input.districtCode);
    if (managedProvinceCodes.length > 0) await this.geography.assertInProgramme(managedProvinceCodes, 'managedProvinceCodes');
    if (input.organisationId) await this.geography.assertOrganisation(input.organisationId, 'organisationId');
    if (await this.repository.findByEmail(input.email)) {
      throw DomainError.conflict(AccountsMessages['accounts.emailTaken'], { email: input.email.trim().toLowerCase() }, 'email');
    }
    const user = await this.repository.insert({
      email: input.email,
      passwordHash: await this.hasher.hash(input.password),
      displayName: input.displayName.trim(),
      role: input.role,
      provinceCode: input.provinceCode ?? null,
      districtCode: input.districtCode ?? null,
      organisationId: input.organisationId ?? null,
      sector: input.sector ?? null,
      gender: input.gender ?? null,
      ageBand: input.ageBand ?? null,
      languages: input.languages ?? [],
      personaGroups: input.personaGroups ?? [],
      managedProvinceCodes,
      preferredLocale: input.preferredLocale ?? 'th',
    });
    this.logger.log(`user ${user.id} (${user.role}) created by ${actor.id}`);
    await this.audit.record(null, {
      actorId: actor.id,
      action: 'CREATE',
      entity: 'app_user',
      entityId: user.id,
      subjectId: user.id,
      fields: Object.keys(input).filter((k) => k !== 'password' && input[k as keyof CreateUserInput] != null).concat('passwordHash'),
    });
    return user;
  }

  /** Admins see everyone; coordinators the people of their provinces; nobody else lists people. */
  async listUsers(actor: Actor, args: UsersArgs): Promise<{ items: AppUserEntity[]; total: number }> {
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'NONE') throw DomainError.forbidden(AccountsMessages['accounts.cannotListUsers']);
    let provinceCodes: readonly string[] | undefined = scope.kind === 'SOME' ? scope.provinceCodes : undefined;
    if (args.provinceCode) provinceCodes = provinceCodes ? provinceCodes.filter((c) => c === args.provinceCode) : [args.provinceCode];
    return this.repository.page({
      provinceCodes,
      role: args.role ?? undefined,
      search: args.search?.trim() || undefined,
      offset: args.offset,
      limit: args.limit,
    });
  }

  /** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when there is no admin yet. */
  async ensureBootstrapAdmin(email: string, password: string): Promise<void> {
    if (await this.repository.anyWithRole(Role.ADMIN)) return;
    const existing = await this.repository.findByEmail(email);
    if (existing) {
      this.logger.warn(`ADMIN_EMAIL ${email} belongs to a non-admin account; no admin created`);
      return;
    }
    await this.repository.insert({
      email,
      passwordHash: await this.hasher.hash(password),
      displayName: 'Administrator',
      role: Role.ADMIN,
      languages: [],
      personaGroups: [],
      managedProvinceCodes: [],
    });
    this.logger.log(`bootstrap admin ${email} created`);
  }
}
