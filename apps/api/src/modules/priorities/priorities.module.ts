import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { GapsModule } from '../gaps/gaps.module.js';
import { CampaignAccess } from './campaign-access.js';
import { PrioritiesRepository } from './priorities.repository.js';
import { GapCommentResolver, PrioritiesResolver } from './priorities.resolver.js';
import { PrioritiesService } from './priorities.service.js';

/** Participatory prioritisation: dot votes, comments, the blended priority and routing of needs. */
@Module({
  imports: [AccountsModule, AssessmentsModule, FrameworksModule, GapsModule],
  providers: [PrioritiesRepository, PrioritiesService, CampaignAccess, PrioritiesResolver, GapCommentResolver],
  exports: [PrioritiesService, CampaignAccess],
})
export class PrioritiesModule {}
