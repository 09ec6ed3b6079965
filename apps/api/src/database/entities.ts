import { InvitationEntity, InvitationJoinEntity } from '../modules/onboarding/entities/invitation.entity.js';
import { AppUserEntity } from '../modules/accounts/entities/app-user.entity.js';
import {
  AssessmentDraftEntity,
  AssessmentResponseEntity,
  ConsentRecordEntity,
  RatingEntity,
  SubmissionReceiptEntity,
} from '../modules/assessments/entities/assessment-response.entity.js';
import { CampaignEntity } from '../modules/assessments/entities/campaign.entity.js';
import { CompetencyDomainEntity, CompetencyEntity } from '../modules/frameworks/entities/competency.entity.js';
import { FrameworkEntity } from '../modules/frameworks/entities/framework.entity.js';
import { GapGroupEntity, GapRollupEntity } from '../modules/gaps/entities/gap-rollup.entity.js';
import { DistrictEntity } from '../modules/geography/entities/district.entity.js';
import { OrganisationEntity } from '../modules/geography/entities/organisation.entity.js';
import { ProvinceEntity } from '../modules/geography/entities/province.entity.js';
import { AuditEventEntity } from '../modules/privacy/entities/audit-event.entity.js';
import {
  HopesFearsBoardEntity,
  HopesFearsCardEntity,
  IcebergAnalysisEntity,
  PersonaEntity,
  WorkshopLinkEntity,
} from '../modules/workshop/entities/workshop.entity.js';
import { GapCommentEntity, GapRouteEntity, GapVoteEntity, PrioritySettingEntity } from '../modules/priorities/entities/priorities.entity.js';
import {
  CurriculumEntity,
  CurriculumModuleEntity,
  ModuleCommentEntity,
  ModulePrerequisiteEntity,
  ModuleVersionEntity,
  TrainingModuleEntity,
} from '../modules/curricula/entities/training-module.entity.js';
import {
  CalendarTokenEntity,
  CohortEntity,
  EnrolmentEntity,
  ProvinceCalendarRuleEntity,
  TrainerProfileEntity,
  TrainingSessionEntity,
  VenueEntity,
} from '../modules/scheduling/entities/scheduling.entity.js';
import { CompetencyRatingEntity } from '../modules/tracking/entities/competency-rating.entity.js';
import {
  AttendanceBatchReceiptEntity,
  AttendanceCorrectionEntity,
  AttendanceEntity,
  CertificateEntity,
  CompletionEntity,
  CompletionRuleEntity,
} from '../modules/attendance/entities/attendance.entity.js';
import { LineLinkEntity, NotificationDeliveryEntity, NotificationEntity, NotificationPreferenceEntity } from '../modules/notifications/entities/notification.entity.js';

/** Every table the application maps. A test checks the migrations create exactly these. */
export const ENTITIES = [
  ProvinceEntity,
  DistrictEntity,
  OrganisationEntity,
  AppUserEntity,
  FrameworkEntity,
  CompetencyDomainEntity,
  CompetencyEntity,
  CampaignEntity,
  AssessmentResponseEntity,
  RatingEntity,
  SubmissionReceiptEntity,
  AssessmentDraftEntity,
  ConsentRecordEntity,
  GapRollupEntity,
  GapGroupEntity,
  AuditEventEntity,
  GapVoteEntity,
  GapCommentEntity,
  GapRouteEntity,
  PrioritySettingEntity,
  HopesFearsBoardEntity,
  HopesFearsCardEntity,
  PersonaEntity,
  IcebergAnalysisEntity,
  WorkshopLinkEntity,
  TrainingModuleEntity,
  ModulePrerequisiteEntity,
  ModuleVersionEntity,
  ModuleCommentEntity,
  CurriculumEntity,
  CurriculumModuleEntity,
  VenueEntity,
  TrainerProfileEntity,
  CohortEntity,
  TrainingSessionEntity,
  ProvinceCalendarRuleEntity,
  EnrolmentEntity,
  CalendarTokenEntity,
  CompetencyRatingEntity,
  AttendanceEntity,
  AttendanceCorrectionEntity,
  AttendanceBatchReceiptEntity,
  CompletionRuleEntity,
  CompletionEntity,
  CertificateEntity,
  InvitationEntity,
  InvitationJoinEntity,
  NotificationEntity,
  NotificationDeliveryEntity,
  NotificationPreferenceEntity,
  LineLinkEntity,
];
