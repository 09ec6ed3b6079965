import { Module } from '@nestjs/common';
import { DistrictLoader, DistrictsOfProvinceLoader, OrganisationLoader, ProvinceLoader } from './geography.loaders.js';
import { GeographyRepository } from './geography.repository.js';
import { OrganisationResolver, ProgrammeResolver, ProvinceResolver } from './geography.resolver.js';
import { GeographyService } from './geography.service.js';

@Module({
  providers: [
    GeographyRepository,
    GeographyService,
    ProvinceResolver,
    ProgrammeResolver,
    OrganisationResolver,
    ProvinceLoader,
    DistrictLoader,
    DistrictsOfProvinceLoader,
    OrganisationLoader,
  ],
  exports: [GeographyService, GeographyRepository, ProvinceLoader, DistrictLoader, OrganisationLoader],
})
export class GeographyModule {}
