import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { PrioritiesModule } from '../priorities/priorities.module.js';
import { BoardCardsLoader, WorkshopLinksLoader } from './workshop.loaders.js';
import { WorkshopRepository } from './workshop.repository.js';
import { HopesFearsBoardResolver, HopesFearsCardResolver, IcebergResolver, PersonaResolver, WorkshopResolver } from './workshop.resolver.js';
import { WorkshopService } from './workshop.service.js';

/** Workshop tools as data: Hopes & Fears boards, Personas and Iceberg analyses, linked to competencies and gaps. */
@Module({
  imports: [AccountsModule, AssessmentsModule, FrameworksModule, GeographyModule, PrioritiesModule],
  providers: [
    WorkshopRepository,
    WorkshopService,
    BoardCardsLoader,
    WorkshopLinksLoader,
    WorkshopResolver,
    HopesFearsBoardResolver,
    HopesFearsCardResolver,
    PersonaResolver,
    IcebergResolver,
  ],
  exports: [WorkshopService],
})
export class WorkshopModule {}
