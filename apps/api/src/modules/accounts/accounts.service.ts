import { Injectable, Logger } from '@nestjs/common';
import { provinceScopeOf, refuseAccountCreation, type Actor } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { ActorDirectory } from '../../common/auth/auth.guard.js';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError } from '../../common/errors.js';
import { GeographyService } from '../geography/geography.service.js';
import { AccountsMessages } from './accounts.errors.js';
import { AccountsRepository } from './accounts.repository.js';
import type { CreateUserInput, UsersArgs } from './dto/create-user.input.js';
import type { AppUserEntity } from './entities/app-user.entity.js';
import { AuditService } from '../privacy/audit.service.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';

export function actorOf(user: AppUserEntity): Actor {
  return { id: user.id, role: user.role, managedProvinceCodes: user.managedProvinceCodes };
}

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
  ) {}

  async findActor(userId: string): Promise<Actor | null> {
    const user = await this.repository.findById(userId);
    return user ? actorOf(user) : null;
  }

  findUser(id: string): Promise<AppUserEntity | null> {
    return this.repository.findById(id);
  }

  async login(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: AppUserEntity }> {
    await this.throttle.beforeAttempt(email, address);
    const user = await this.repository.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.throttle.failed(email, address);
      throw DomainError.unauthenticated(AccountsMessages['accounts.badCredentials']);
    }
    await this.throttle.succeeded(email);
    const token = await this.tokens.sign(user.id, user.role);
    return { token, expiresAt: new Date(Date.now() + this.tokens.ttlSeconds * 1000), user };
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
    if (managedProvinceCodes.length > 0) await this.geography.assertProvinces(managedProvinceCodes, 'managedProvinceCodes');
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
