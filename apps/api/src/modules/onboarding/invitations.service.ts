import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { invitationExpiry, invitationStatus, provinceScopeOf, refuseInvitation, type Actor } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { normalizeThaiMobile } from '@ruamsang/shared/phone';
import QRCode from 'qrcode';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError } from '../../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { actorOf } from '../accounts/accounts.service.js';
import type { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { PeopleImportRepository, phoneOnlyEmail } from '../accounts/people-import.repository.js';
import { geography } from '../assessments/paper-import.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { SchedulingService } from '../scheduling/scheduling.service.js';
import type { CreateInvitationInput, InvitationsArgs, JoinByInvitationInput } from './dto/invitation.input.js';
import type { InvitationEntity } from './entities/invitation.entity.js';
import { invitationToken, joinPath, tokenHash } from './invitation-tokens.js';
import { InvitationsRepository } from './invitations.repository.js';
import { JoinThrottle } from './join-throttle.js';
import { InvitationKind, InvitationStatusValue, type Invitation, type InvitationPreview } from './models/invitation.model.js';
import { OnboardingMessages } from './onboarding.errors.js';

export interface JoinOutcome {
  user: AppUserEntity;
  token: string;
  expiresAt: Date;
  invitation: InvitationEntity;
  enrolmentStatus: string | null;
}

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly repository: InvitationsRepository,
    private readonly people: PeopleImportRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: JoinThrottle,
    private readonly scheduling: SchedulingService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private refuse(actor: Actor, provinceCode: string): void {
    const refusal = refuseInvitation(actor, provinceCode);
    if (refusal) throw DomainError.forbidden(OnboardingMessages[`invitations.${refusal}`]);
  }

  /** Admins anywhere, coordinators in their provinces: a link for a campaign (one of its provinces) or a cohort (its province). */
  async create(actor: Actor, input: CreateInvitationInput, origin: string): Promise<Invitation> {
    if (provinceScopeOf(actor).kind === 'NONE') throw DomainError.forbidden(OnboardingMessages['invitations.ROLE_CANNOT_INVITE']);
    if (!!input.campaignId === !!input.cohortId) throw DomainError.badInput(input.campaignId ? 'cohortId' : 'campaignId', OnboardingMessages['invitations.oneTarget']);
    let provinceCode: string;
    if (input.campaignId) {
      const campaign = await this.repository.campaign(input.campaignId);
      if (!campaign) throw DomainError.notFound(OnboardingMessages['invitations.campaignNotFound']);
      const allowed = campaign.provinceCodes.join(', ');
      if (!input.provinceCode) {
        if (campaign.provinceCodes.length !== 1) throw DomainError.badInput('provinceCode', OnboardingMessages['invitations.provinceRequired'], { allowed });
        provinceCode = campaign.provinceCodes[0]!;
      } else if (!campaign.provinceCodes.includes(input.provinceCode)) {
        throw DomainError.badInput('provinceCode', OnboardingMessages['invitations.provinceNotInTarget'], { code: input.provinceCode, allowed });
      } else provinceCode = input.provinceCode;
    } else {
      const cohort = await this.repository.cohort(input.cohortId!);
      if (!cohort) throw DomainError.notFound(OnboardingMessages['invitations.cohortNotFound']);
      if (input.provinceCode && input.provinceCode !== cohort.provinceCode) {
        throw DomainError.badInput('provinceCode', OnboardingMessages['invitations.provinceNotInTarget'], { code: input.provinceCode, allowed: cohort.provinceCode });
      }
      provinceCode = cohort.provinceCode;
    }
    this.refuse(actor, provinceCode);
    const id = randomUUID();
    const invitation = await this.repository.insert({
      id,
      tokenHash: tokenHash(invitationToken(this.config.jwtSecret, id)),
      campaignId: input.campaignId ?? null,
      cohortId: input.cohortId ?? null,
      provinceCode,
      expiresAt: invitationExpiry(new Date(), input.expiresInDays),
      maxUses: input.maxUses ?? null,
      uses: 0,
      revokedAt: null,
      createdBy: actor.id,
    });
    await this.audit.record(null, { actorId: actor.id, action: 'CREATE', entity: 'invitation', entityId: id, fields: ['campaignId', 'cohortId', 'provinceCode', 'expiresAt', 'maxUses'] });
    return (await this.present([invitation], origin))[0]!;
  }

  async list(actor: Actor, args: InvitationsArgs, origin: string): Promise<Invitation[]> {
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'NONE') throw DomainError.forbidden(OnboardingMessages['invitations.ROLE_CANNOT_INVITE']);
    const rows = await this.repository.list({
      provinceCodes: scope.kind === 'SOME' ? scope.provinceCodes : undefined,
      campaignId: args.campaignId,
      cohortId: args.cohortId,
      activeOnly: !args.includeInactive,
    });
    const now = new Date();
    const shown = args.includeInactive ? rows : rows.filter((r) => invitationStatus(r, now) === 'ACTIVE');
    return this.present(shown, origin);
  }

  async revoke(actor: Actor, id: string, origin: string): Promise<Invitation> {
    const invitation = await this.repository.findById(id);
    if (!invitation) throw DomainError.notFound(OnboardingMessages['invitations.notFound']);
    this.refuse(actor, invitation.provinceCode);
    if (!invitation.revokedAt) {
      await this.repository.revoke(id, new Date());
      await this.audit.record(null, { actorId: actor.id, action: 'UPDATE', entity: 'invitation', entityId: id, fields: ['revokedAt'] });
    }
    return (await this.present([(await this.repository.findById(id))!], origin))[0]!;
  }

  /** Public: what the link is for, or a clear refusal when it is unknown, expired, revoked or used up. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.repository.findByHash(tokenHash(token));
    this.assertUsable(invitation);
    const titles = await this.repository.targetTitles([invitation]);
    let curriculumTitle: string | null = null;
    if (invitation.cohortId) {
      const cohort = await this.repository.cohort(invitation.cohortId);
      curriculumTitle = cohort ? await this.repository.curriculumTitle(cohort.curriculumId) : null;
    }
    return {
      kind: invitation.cohortId ? InvitationKind.COHORT : InvitationKind.CAMPAIGN,
      targetTitle: titles.get(invitation.cohortId ?? invitation.campaignId ?? '') ?? '',
      curriculumTitle,
      campaignId: invitation.campaignId,
      cohortId: invitation.cohortId,
      provinceCode: invitation.provinceCode,
      expiresAt: invitation.expiresAt,
    };
  }

  private assertUsable(invitation: InvitationEntity | null): asserts invitation is InvitationEntity {
    if (!invitation) throw DomainError.notFound(OnboardingMessages['invitations.notFound']);
    const status = invitationStatus(invitation, new Date());
    if (status !== 'ACTIVE') throw DomainError.forbidden(OnboardingMessages[`invitations.${status}`]);
  }

  /**
   * Public: creates a PRACTITIONER account in the invitation's province and signs it in; for a
   * cohort also enrols (or waitlists) them. A retry with the same clientKey answers the account it
   * made (when the password matches) instead of making another.
   */
  async join(input: JoinByInvitationInput, address: string): Promise<JoinOutcome> {
    await this.throttle.attempt(address);
    const email = input.email?.trim().toLowerCase() || null;
    const rawPhone = input.phone?.trim() || null;
    const phone = rawPhone ? normalizeThaiMobile(rawPhone) : null;
    if (rawPhone && !phone) throw DomainError.badInput('phone', OnboardingMessages['invitations.badPhone']);
    if (!email && !phone) throw DomainError.badInput('email', OnboardingMessages['invitations.contactRequired']);
    const passwordHash = await this.hasher.hash(input.password);

    const { user, invitation } = await this.repository.transaction(async (manager) => {
      const invitation = await this.repository.lockByHash(manager, tokenHash(input.token));
      if (!invitation) throw DomainError.notFound(OnboardingMessages['invitations.notFound']);
      const previous = await this.repository.joinOf(manager, invitation.id, input.clientKey);
      if (previous) {
        const user = await this.repository.user(manager, previous.userId);
        if (!user || !(await this.hasher.verify(user.passwordHash, input.password))) throw DomainError.conflict(OnboardingMessages['invitations.retryMismatch']);
        return { user, invitation };
      }
      this.assertUsable(invitation);
      if (input.districtCode && geography().districtProvince.get(input.districtCode) !== invitation.provinceCode) {
        throw DomainError.badInput('districtCode', OnboardingMessages['invitations.districtOutsideProvince'], { province: invitation.provinceCode });
      }
      const taken = await this.people.existingContacts(email ? [email] : [], phone ? [phone] : [], manager);
      if (email && taken.emails.has(email)) throw DomainError.conflict(OnboardingMessages['invitations.emailTaken'], { email }, 'email');
      if (phone && taken.phones.has(phone)) throw DomainError.conflict(OnboardingMessages['invitations.phoneTaken'], { phone: rawPhone! }, 'phone');
      const user = await this.repository.insertUser(manager, {
        email: email ?? phoneOnlyEmail(phone!),
        phone,
        passwordHash,
        displayName: input.displayName.trim(),
        role: Role.PRACTITIONER,
        provinceCode: invitation.provinceCode,
        districtCode: input.districtCode ?? null,
        organisationId: null,
        sector: input.sector ?? null,
        gender: input.gender ?? null,
        ageBand: input.ageBand ?? null,
        languages: input.languages ?? [],
        personaGroups: [],
        managedProvinceCodes: [],
        preferredLocale: input.preferredLocale ?? 'th',
      });
      await this.repository.insertJoin(manager, { invitationId: invitation.id, clientKey: input.clientKey, userId: user.id });
      await this.repository.countUse(manager, invitation.id);
      const fields = ['email', 'phone', 'displayName', 'role', 'provinceCode', 'districtCode', 'sector', 'gender', 'ageBand', 'languages', 'preferredLocale', 'passwordHash'].filter(
        (f) => (user as unknown as Record<string, unknown>)[f] != null,
      );
      await this.audit.record(manager, { actorId: user.id, action: 'CREATE', entity: 'app_user', entityId: user.id, subjectId: user.id, fields: [...fields, `invitation:${invitation.id}`] });
      this.logger.log(`user ${user.id} joined through invitation ${invitation.id}`);
      return { user, invitation };
    });

    let enrolmentStatus: string | null = null;
    // Enrolling twice changes nothing, so a retried join lands on the same seat.
    if (invitation.cohortId) enrolmentStatus = (await this.scheduling.enrol(actorOf(user), { cohortId: invitation.cohortId })).status;
    const token = await this.tokens.sign(user.id, user.role);
    return { user, token, expiresAt: new Date(Date.now() + this.tokens.ttlSeconds * 1000), invitation, enrolmentStatus };
  }

  private async present(rows: readonly InvitationEntity[], origin: string): Promise<Invitation[]> {
    const titles = await this.repository.targetTitles(rows);
    const now = new Date();
    const base = this.config.publicWebUrl ?? origin;
    return rows.map((row) => {
      const path = joinPath(invitationToken(this.config.jwtSecret, row.id));
      const url = `${base}${path}`;
      return {
        id: row.id,
        kind: row.cohortId ? InvitationKind.COHORT : InvitationKind.CAMPAIGN,
        campaignId: row.campaignId,
        cohortId: row.cohortId,
        targetTitle: titles.get(row.cohortId ?? row.campaignId ?? '') ?? '',
        provinceCode: row.provinceCode,
        expiresAt: row.expiresAt,
        maxUses: row.maxUses,
        uses: row.uses,
        revokedAt: row.revokedAt,
        createdAt: row.createdAt,
        status: invitationStatus(row, now) as InvitationStatusValue,
        path,
        url,
      };
    });
  }

  /** The link as an SVG QR code, drawn only when a client asks for it. */
  qrSvg(url: string): Promise<string> {
    return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }
}
