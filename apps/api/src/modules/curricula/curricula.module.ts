import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { PrioritiesModule } from '../priorities/priorities.module.js';
import { GapsModule } from '../gaps/gaps.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { CurriculumModulesLoader, GapWeightsLoader, ModuleCommentsLoader, ModulePrerequisitesLoader } from './curricula.loaders.js';
import { CurriculaRepository } from './curricula.repository.js';
import { CurriculaResolver, ModuleCommentsResolver, ModuleVersionsResolver, TrainingModulesResolver } from './curricula.resolver.js';
import { CurriculaService } from './curricula.service.js';
import { DemoCurriculaSeeder } from './demo-curricula.seeder.js';
import { GapWeightsService } from './gap-weights.service.js';

/** Co-design: training modules (versioned, reviewed, commented) and curricula with gap coverage. */
@Module({
  imports: [AccountsModule, AssessmentsModule, GapsModule, GeographyModule, PrioritiesModule],
  providers: [
    CurriculaRepository,
    CurriculaService,
    GapWeightsService,
    ModulePrerequisitesLoader,
    CurriculumModulesLoader,
    ModuleCommentsLoader,
    GapWeightsLoader,
    TrainingModulesResolver,
    ModuleVersionsResolver,
    ModuleCommentsResolver,
    CurriculaResolver,
    DemoCurriculaSeeder,
  ],
  exports: [CurriculaRepository, CurriculaService, GapWeightsService, DemoCurriculaSeeder],
})
export class CurriculaModule {}
