import { forwardRef, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { GapsModule } from '../gaps/gaps.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { AssessmentsResolver, CampaignsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { CampaignsService } from './campaigns.service.js';
import { PaperImportController } from './paper-import.controller.js';
import { PaperImportService } from './paper-import.service.js';

@Module({
  imports: [AccountsModule, FrameworksModule, GeographyModule, forwardRef(() => GapsModule)],
  controllers: [PaperImportController],
  providers: [AssessmentsRepository, AssessmentsService, CampaignsService, PaperImportService, CampaignsResolver, AssessmentsResolver],
  exports: [AssessmentsRepository, CampaignsService],
})
export class AssessmentsModule {}
