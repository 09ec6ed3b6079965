import { Module, forwardRef } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CampaignAccess } from '../priorities/campaign-access.js';
import { RatingsListener } from '../assessments/assessments.service.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { GapRollupsService } from './gap-rollups.service.js';
import { GapsRepository } from './gaps.repository.js';
import { GapsResolver } from './gaps.resolver.js';
import { GapsService } from './gaps.service.js';

@Module({
  imports: [forwardRef(() => AssessmentsModule), AccountsModule, FrameworksModule, GeographyModule],
  providers: [GapsRepository, GapRollupsService, GapsService, CampaignAccess, GapsResolver, { provide: RatingsListener, useExisting: GapRollupsService }],
  exports: [GapsRepository, GapsService, RatingsListener],
})
export class GapsModule {}
