import { Module } from '@nestjs/common';
import { FrameworkExportsController, FrameworkImportsController } from './files/framework-files.controller.js';
import { FrameworkFilesService } from './files/framework-files.service.js';
import { FrameworkCompetenciesLoader, FrameworkDomainsLoader, FrameworkLoader } from './frameworks.loaders.js';
import { FrameworksRepository } from './frameworks.repository.js';
import { FrameworksResolver } from './frameworks.resolver.js';
import { FrameworksService } from './frameworks.service.js';

@Module({
  controllers: [FrameworkExportsController, FrameworkImportsController],
  providers: [FrameworksRepository, FrameworksService, FrameworkFilesService, FrameworksResolver, FrameworkLoader, FrameworkDomainsLoader, FrameworkCompetenciesLoader],
  exports: [FrameworksService, FrameworksRepository, FrameworkLoader],
})
export class FrameworksModule {}
