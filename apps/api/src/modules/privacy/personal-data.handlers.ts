import type { EntityManager } from 'typeorm';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import {
  AssessmentDraftEntity,
  AssessmentResponseEntity,
  ConsentRecordEntity,
  RatingEntity,
  SubmissionReceiptEntity,
} from '../assessments/entities/assessment-response.entity.js';
import { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { CurriculumEntity, ModuleCommentEntity, ModuleVersionEntity, TrainingModuleEntity } from '../curricula/entities/training-module.entity.js';
import { FrameworkEntity } from '../frameworks/entities/framework.entity.js';
import { GapCommentEntity, GapRouteEntity, GapVoteEntity, PrioritySettingEntity } from '../priorities/entities/priorities.entity.js';
import { HopesFearsBoardEntity, HopesFearsCardEntity, IcebergAnalysisEntity, PersonaEntity } from '../workshop/entities/workshop.entity.js';
import { CalendarTokenEntity, EnrolmentEntity, ProvinceCalendarRuleEntity, TrainerProfileEntity, TrainingSessionEntity } from '../scheduling/entities/scheduling.entity.js';
import { CompetencyRatingEntity } from '../tracking/entities/competency-rating.entity.js';
import {
  AttendanceBatchReceiptEntity,
  AttendanceCorrectionEntity,
  AttendanceEntity,
  CertificateEntity,
  CompletionEntity,
  CompletionRuleEntity,
} from '../attendance/entities/attendance.entity.js';
import { InvitationEntity, InvitationJoinEntity } from '../onboarding/entities/invitation.entity.js';
import { LineLinkEntity, NotificationDeliveryEntity, NotificationEntity, NotificationPreferenceEntity } from '../notifications/entities/notification.entity.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';

/**
 * What the product does with one kind of personal data when its person asks for a copy
 * (PDPA s.30) or for erasure (s.33). Erasure anonymises what aggregates are built from and
 * deletes the rest, so every gap figure stays the same.
 */
export interface PersonalDataHandler {
  /** The TypeORM entity holding the data. */
  readonly entity: abstract new (...args: never[]) => object;
  /** What is held, in a few words, for the export and the registry. */
  readonly holds: string;
  export(manager: EntityManager, userId: string): Promise<unknown[]>;
  erase(manager: EntityManager, userId: string): Promise<void>;
}

/** The stand-in for a person's name once erased. */
export const ERASED_NAME = 'ผู้ใช้ที่ลบข้อมูลแล้ว (erased)';

/** Every entity that holds personal data. A test fails when a mapped entity is missing here. */
export const PERSONAL_DATA: readonly PersonalDataHandler[] = [
  {
    entity: AppUserEntity,
    holds: 'account and practitioner profile',
    async export(manager, userId) {
      const user = await manager.getRepository(AppUserEntity).findOneBy({ id: userId });
      if (!user) return [];
      const { passwordHash: _secret, passwordResetHash: _resetSecret, keptSessionId: _session, ...profile } = user;
      return [profile];
    },
    async erase(manager, userId) {
      await manager.getRepository(AppUserEntity).update(
        { id: userId },
        {
          email: `erased+${userId}@erased.invalid`,
          displayName: ERASED_NAME,
          // not an argon2 hash: no password can ever match it
          passwordHash: '!erased',
          districtCode: null,
          organisationId: null,
          gender: null,
          ageBand: null,
          languages: [],
          personaGroups: [],
          managedProvinceCodes: [],
          phone: null,
          passwordResetHash: null,
          passwordResetExpiresAt: null,
          keptSessionId: null,
          deactivatedAt: new Date(),
          erasedAt: new Date(),
        },
      );
    },
  },
  {
    entity: AssessmentResponseEntity,
    holds: 'self-assessments and their ratings',
    async export(manager, userId) {
      const responses = await manager.getRepository(AssessmentResponseEntity).findBy({ respondentId: userId });
      const ratings = responses.length ? await manager.getRepository(RatingEntity).find({ where: responses.map((r) => ({ responseId: r.id })) }) : [];
      return responses.map((response) => ({ ...response, ratings: ratings.filter((r) => r.responseId === response.id) }));
    },
    async erase(manager, userId) {
      // The ratings stay, unlinked from the person, so the gap figures do not move.
      await manager.getRepository(AssessmentResponseEntity).update({ respondentId: userId }, { respondentId: null, clientSubmissionId: null, answers: {} });
    },
  },
  {
    entity: SubmissionReceiptEntity,
    holds: 'which submissions the person sent (retry protection)',
    export: (manager, userId) => manager.getRepository(SubmissionReceiptEntity).findBy({ userId }),
    async erase(manager, userId) {
      await manager.getRepository(SubmissionReceiptEntity).update({ userId }, { userId: null });
    },
  },
  {
    entity: AssessmentDraftEntity,
    holds: 'unsent draft answers',
    export: (manager, userId) => manager.getRepository(AssessmentDraftEntity).findBy({ userId }),
    async erase(manager, userId) {
      await manager.getRepository(AssessmentDraftEntity).delete({ userId });
    },
  },
  {
    entity: ConsentRecordEntity,
    holds: 'consents given, by version and date',
    export: (manager, userId) => manager.getRepository(ConsentRecordEntity).findBy({ userId }),
    async erase(manager, userId) {
      await manager.getRepository(ConsentRecordEntity).delete({ userId });
    },
  },
  {
    entity: CampaignEntity,
    holds: 'campaigns the person created',
    export: (manager, userId) => manager.getRepository(CampaignEntity).findBy({ createdBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(CampaignEntity).update({ createdBy: userId }, { createdBy: null });
    },
  },
  {
    entity: FrameworkEntity,
    holds: 'competency frameworks the person authored',
    export: (manager, userId) => manager.getRepository(FrameworkEntity).findBy({ createdBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(FrameworkEntity).update({ createdBy: userId }, { createdBy: null });
    },
  },
  {
    entity: GapVoteEntity,
    holds: 'dot votes on capacity gaps',
    export: (manager, userId) => manager.getRepository(GapVoteEntity).findBy({ voterId: userId }),
    // Kept: they now point at the anonymised account, so the blended priorities do not move.
    erase: () => Promise.resolve(),
  },
  {
    entity: GapCommentEntity,
    holds: 'comments written on gaps',
    export: (manager, userId) => manager.getRepository(GapCommentEntity).findBy({ authorId: userId }),
    async erase(manager, userId) {
      // Free text can name its writer: removed, not just unlinked.
      await manager.getRepository(GapCommentEntity).delete({ authorId: userId });
    },
  },
  {
    entity: GapRouteEntity,
    holds: 'routing decisions the person made',
    export: (manager, userId) => manager.getRepository(GapRouteEntity).findBy({ routedBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(GapRouteEntity).update({ routedBy: userId }, { routedBy: null });
    },
  },
  {
    entity: PrioritySettingEntity,
    holds: 'priority weights the person set',
    export: (manager, userId) => manager.getRepository(PrioritySettingEntity).findBy({ updatedBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(PrioritySettingEntity).update({ updatedBy: userId }, { updatedBy: null });
    },
  },
  {
    entity: HopesFearsCardEntity,
    holds: 'hopes and fears cards written',
    export: (manager, userId) => manager.getRepository(HopesFearsCardEntity).findBy({ authorId: userId }),
    async erase(manager, userId) {
      await manager.getRepository(HopesFearsCardEntity).delete({ authorId: userId });
    },
  },
  ...([HopesFearsBoardEntity, PersonaEntity, IcebergAnalysisEntity] as const).map(
    (entity): PersonalDataHandler => ({
      entity,
      holds: 'workshop material the person created',
      export: (manager, userId) => manager.getRepository(entity).findBy({ createdBy: userId }),
      async erase(manager, userId) {
        await manager.getRepository(entity).update({ createdBy: userId }, { createdBy: null });
      },
    }),
  ),
  {
    entity: EnrolmentEntity,
    holds: 'seats and waiting-list places in training cohorts',
    export: (manager, userId) => manager.getRepository(EnrolmentEntity).findBy({ practitionerId: userId }),
    async erase(manager, userId) {
      await manager.getRepository(EnrolmentEntity).delete({ practitionerId: userId });
    },
  },
  {
    entity: TrainerProfileEntity,
    holds: 'trainer profile: modules taught, home province, availability',
    export: (manager, userId) => manager.getRepository(TrainerProfileEntity).findBy({ userId }),
    async erase(manager, userId) {
      await manager.getRepository(TrainerProfileEntity).delete({ userId });
    },
  },
  {
    entity: TrainingSessionEntity,
    holds: 'training sessions the person teaches',
    export: (manager, userId) => manager.getRepository(TrainingSessionEntity).createQueryBuilder('s').where(':userId = ANY(s.trainer_ids)', { userId }).getMany(),
    async erase(manager, userId) {
      await manager.query('UPDATE training_session SET trainer_ids = array_remove(trainer_ids, $1::uuid) WHERE $1::uuid = ANY(trainer_ids)', [userId]);
    },
  },
  {
    entity: CompetencyRatingEntity,
    holds: 'competency re-assessments and trainer-verified evidence about the person, and ratings the person gave',
    async export(manager, userId) {
      return manager
        .getRepository(CompetencyRatingEntity)
        .createQueryBuilder('r')
        .where('r.practitioner_id = :userId OR r.rated_by = :userId', { userId })
        .orderBy('r.rated_at', 'DESC')
        .getMany();
    },
    async erase(manager, userId) {
      // Levels stay (linked to the anonymised account) so gap closure does not move; free
      // text that can identify the person is blanked; ratings they gave lose their author.
      await manager.getRepository(CompetencyRatingEntity).update({ practitionerId: userId }, { evidence: null, clientSubmissionId: null });
      await manager.getRepository(CompetencyRatingEntity).update({ ratedBy: userId }, { ratedBy: null });
    },
  },
  {
    entity: ProvinceCalendarRuleEntity,
    holds: 'province calendar rules the person last changed',
    export: (manager, userId) => manager.getRepository(ProvinceCalendarRuleEntity).findBy({ updatedBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(ProvinceCalendarRuleEntity).update({ updatedBy: userId }, { updatedBy: null });
    },
  },
  {
    entity: CalendarTokenEntity,
    holds: 'the hash of the personal calendar-feed token',
    export: (manager, userId) => manager.getRepository(CalendarTokenEntity).find({ where: { userId }, select: { userId: true, createdAt: true } }),
    async erase(manager, userId) {
      await manager.getRepository(CalendarTokenEntity).delete({ userId });
    },
  },
  {
    entity: TrainingModuleEntity,
    holds: 'training modules the person wrote or co-wrote',
    export: (manager, userId) =>
      manager.getRepository(TrainingModuleEntity).createQueryBuilder('m').where('m.created_by = :userId OR :userId = ANY(m.co_author_ids)', { userId }).getMany(),
    async erase(manager, userId) {
      await manager.getRepository(TrainingModuleEntity).update({ createdBy: userId }, { createdBy: null });
      await manager.query(`UPDATE training_module SET co_author_ids = array_remove(co_author_ids, $1::uuid) WHERE $1::uuid = ANY(co_author_ids)`, [userId]);
    },
  },
  {
    entity: ModuleVersionEntity,
    holds: 'changes the person made to modules',
    export: (manager, userId) => manager.getRepository(ModuleVersionEntity).findBy({ changedBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(ModuleVersionEntity).update({ changedBy: userId }, { changedBy: null });
    },
  },
  {
    entity: ModuleCommentEntity,
    holds: 'comments and suggestions on module drafts',
    export: (manager, userId) => manager.getRepository(ModuleCommentEntity).findBy({ authorId: userId }),
    async erase(manager, userId) {
      await manager.getRepository(ModuleCommentEntity).delete({ authorId: userId });
    },
  },
  {
    entity: CurriculumEntity,
    holds: 'curricula the person built',
    export: (manager, userId) => manager.getRepository(CurriculumEntity).findBy({ createdBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(CurriculumEntity).update({ createdBy: userId }, { createdBy: null });
    },
  },
  {
    entity: AttendanceEntity,
    holds: 'attendance marks: the person’s own, and those the person marked',
    export: (manager, userId) => manager.getRepository(AttendanceEntity).find({ where: [{ practitionerId: userId }, { markedBy: userId }], order: { sessionDate: 'ASC' } }),
    async erase(manager, userId) {
      // The person's marks stay with the anonymised account so completion figures do not move.
      await manager.getRepository(AttendanceEntity).update({ markedBy: userId }, { markedBy: null });
    },
  },
  {
    entity: AttendanceCorrectionEntity,
    holds: 'corrections of attendance: of the person’s marks, and those the person made, with reasons',
    async export(manager, userId) {
      return manager
        .getRepository(AttendanceCorrectionEntity)
        .createQueryBuilder('c')
        .innerJoin(AttendanceEntity, 'a', 'a.id = c.attendance_id')
        .where('a.practitioner_id = :userId OR c.corrected_by = :userId', { userId })
        .orderBy('c.corrected_at', 'ASC')
        .getMany();
    },
    async erase(manager, userId) {
      // Reasons may describe the person (an illness, a family event): cleared; the old → new trail stays.
      await manager.query(
        `UPDATE attendance_correction c SET reason = NULL FROM attendance a WHERE a.id = c.attendance_id AND a.practitioner_id = $1 AND c.reason IS NOT NULL`,
        [userId],
      );
      await manager.getRepository(AttendanceCorrectionEntity).update({ correctedBy: userId }, { correctedBy: null });
    },
  },
  {
    entity: AttendanceBatchReceiptEntity,
    holds: 'receipts of attendance rosters the person sent',
    export: (manager, userId) => manager.getRepository(AttendanceBatchReceiptEntity).findBy({ markedBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(AttendanceBatchReceiptEntity).update({ markedBy: userId }, { markedBy: null });
    },
  },
  {
    entity: CompletionRuleEntity,
    holds: 'completion rules the person last changed',
    export: (manager, userId) => manager.getRepository(CompletionRuleEntity).findBy({ updatedBy: userId }),
    async erase(manager, userId) {
      await manager.getRepository(CompletionRuleEntity).update({ updatedBy: userId }, { updatedBy: null });
    },
  },
  {
    entity: CompletionEntity,
    holds: 'curricula the person completed (computed from attendance)',
    export: (manager, userId) => manager.getRepository(CompletionEntity).findBy({ practitionerId: userId }),
    // Kept with the anonymised account: the completion figures stay the same.
    erase: () => Promise.resolve(),
  },
  {
    entity: CertificateEntity,
    holds: 'certificates issued to the person (name as printed, curriculum, verification code)',
    export: (manager, userId) => manager.getRepository(CertificateEntity).findBy({ practitionerId: userId }),
    async erase(manager, userId) {
      // The name is removed and the certificate revoked: /verify answers 404 for its code from now on.
      await manager
        .getRepository(CertificateEntity)
        .createQueryBuilder()
        .update()
        .set({ holderName: ERASED_NAME, revokedAt: () => 'COALESCE(revoked_at, now())' })
        .where('practitioner_id = :userId', { userId })
        .execute();
    },
  },
  {
    entity: NotificationEntity,
    holds: 'notifications sent to the person (text, calendar invitations, read time)',
    export: (manager, userId) => manager.getRepository(NotificationEntity).find({ where: { recipientId: userId }, order: { createdAt: 'ASC' } }),
    // Deleted with their deliveries (ON DELETE CASCADE).
    erase: async (manager, userId) => void (await manager.getRepository(NotificationEntity).delete({ recipientId: userId })),
  },
  {
    entity: NotificationDeliveryEntity,
    holds: 'e-mail and LINE deliveries of the person’s notifications (status, attempts, errors)',
    export: (manager, userId) =>
      manager
        .getRepository(NotificationDeliveryEntity)
        .createQueryBuilder('d')
        .innerJoin(NotificationEntity, 'n', 'n.id = d.notification_id')
        .where('n.recipient_id = :userId', { userId })
        .orderBy('d.updated_at', 'ASC')
        .getMany(),
    erase: async (manager, userId) =>
      void (await manager.query(`DELETE FROM notification_delivery d USING notification n WHERE n.id = d.notification_id AND n.recipient_id = $1`, [userId])),
  },
  {
    entity: NotificationPreferenceEntity,
    holds: 'which notifications the person turned off, per channel',
    export: (manager, userId) => manager.getRepository(NotificationPreferenceEntity).findBy({ userId }),
    erase: async (manager, userId) => void (await manager.getRepository(NotificationPreferenceEntity).delete({ userId })),
  },
  {
    entity: LineLinkEntity,
    holds: 'the LINE user id the person linked',
    export: (manager, userId) => manager.getRepository(LineLinkEntity).findBy({ userId }),
    erase: async (manager, userId) => void (await manager.getRepository(LineLinkEntity).delete({ userId })),
  },
  {
    entity: AuditEventEntity,
    holds: 'the audit trail of changes to the person’s data (ids and field names only)',
    export: (manager, userId) => manager.getRepository(AuditEventEntity).find({ where: [{ subjectId: userId }, { actorId: userId }], order: { at: 'ASC' } }),
    // Kept on purpose: the trail is the record that the erasure happened, and holds no values.
    erase: () => Promise.resolve(),
  },
  {
    entity: InvitationEntity,
    holds: 'invitation links the person created (never the token)',
    async export(manager, userId) {
      const rows = await manager.getRepository(InvitationEntity).findBy({ createdBy: userId });
      return rows.map(({ tokenHash: _secret, ...invitation }) => invitation);
    },
    async erase(manager, userId) {
      await manager.getRepository(InvitationEntity).update({ createdBy: userId }, { createdBy: null });
    },
  },
  {
    entity: InvitationJoinEntity,
    holds: 'the invitation through which the person joined',
    export: (manager, userId) => manager.getRepository(InvitationJoinEntity).findBy({ userId }),
    async erase(manager, userId) {
      await manager.getRepository(InvitationJoinEntity).delete({ userId });
    },
  },
];
