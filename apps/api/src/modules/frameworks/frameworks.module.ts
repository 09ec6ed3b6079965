import { Module } from '@nestjs/common';
import { FrameworkCompetenciesLoader, FrameworkDomainsLoader, FrameworkLoader } from './frameworks.loaders.js';
import { FrameworksRepository } from './frameworks.repository.js';
import { FrameworksResolver } from './frameworks.resolver.js';
import { FrameworksService } from './frameworks.service.js';

@Module({
  providers: [FrameworksRepository, FrameworksService, FrameworksResolver, FrameworkLoader, FrameworkDomainsLoader, FrameworkCompetenciesLoader],
  exports: [FrameworksService, FrameworksRepository, FrameworkLoader],
})
export class FrameworksModule {}
