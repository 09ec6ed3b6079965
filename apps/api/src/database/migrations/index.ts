import type { MigrationInterface } from 'typeorm';
import { Foundation1795491464226 } from './1795491464226-Foundation.js';
import { Assessments1795492410269 } from './1795492410269-Assessments.js';
import { LoginThrottle1795503000000 } from './1795503000000-LoginThrottle.js';
import { PrioritiesAndWorkshop1795512303911 } from './1795512303911-PrioritiesAndWorkshop.js';
import { Curricula1795512337718 } from './1795512337718-Curricula.js';
import { Privacy1795513664030 } from './1795513664030-Privacy.js';
import { Scheduling1795515495610 } from './1795515495610-Scheduling.js';
import { DropRatingCampaignIndex1795528428922 } from './1795528428922-DropRatingCampaignIndex.js';
import { CompetencyRating1795528506829 } from './1795528506829-CompetencyRating.js';
import { SetBasedRatingReference1795528551586 } from './1795528551586-SetBasedRatingReference.js';
import { Attendance1795528880261 } from './1795528880261-Attendance.js';
import { GapRollupVersion1795550508864 } from './1795550508864-GapRollupVersion.js';
import { AccountLifecycle1796523518178 } from './1796523518178-AccountLifecycle.js';
import { FrameworkTree1796523906618 } from './1796523906618-FrameworkTree.js';
import { OpaqueClientKeys1796524000000 } from './1796524000000-OpaqueClientKeys.js';
import { PasswordResetLink1796525330508 } from './1796525330508-PasswordResetLink.js';
import { Invitations1796524259841 } from './1796524259841-Invitations.js';
import { Notifications1796524909475 } from './1796524909475-Notifications.js';

/** In order. Never edit a migration that has shipped: add a new one. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795491464226,
  Assessments1795492410269,
  LoginThrottle1795503000000,
  PrioritiesAndWorkshop1795512303911,
  Curricula1795512337718,
  Privacy1795513664030,
  Scheduling1795515495610,
  DropRatingCampaignIndex1795528428922,
  CompetencyRating1795528506829,
  SetBasedRatingReference1795528551586,
  Attendance1795528880261,
  GapRollupVersion1795550508864,
  AccountLifecycle1796523518178,
  FrameworkTree1796523906618,
  OpaqueClientKeys1796524000000,
  Invitations1796524259841,
  PasswordResetLink1796525330508,
  Notifications1796524909475,
];
