import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderFactory } from '../../graphql/request-loaders.js';
import type { DistrictEntity } from './entities/district.entity.js';
import type { OrganisationEntity } from './entities/organisation.entity.js';
import type { ProvinceEntity } from './entities/province.entity.js';
import { GeographyRepository } from './geography.repository.js';

@Injectable()
export class ProvinceLoader implements LoaderFactory<string, ProvinceEntity | null> {
  constructor(private readonly repository: GeographyRepository) {}
  create() {
    return new DataLoader<string, ProvinceEntity | null>(async (codes) => byKeys(codes, await this.repository.findProvinces(codes), (p) => p.code));
  }
}

@Injectable()
export class DistrictLoader implements LoaderFactory<string, DistrictEntity | null> {
  constructor(private readonly repository: GeographyRepository) {}
  create() {
    return new DataLoader<string, DistrictEntity | null>(async (codes) => byKeys(codes, await this.repository.findDistricts(codes), (d) => d.code));
  }
}

@Injectable()
export class DistrictsOfProvinceLoader implements LoaderFactory<string, DistrictEntity[]> {
  constructor(private readonly repository: GeographyRepository) {}
  create() {
    return new DataLoader<string, DistrictEntity[]>(async (codes) =>
      groupByKeys(codes, await this.repository.findDistrictsOfProvinces(codes), (d) => d.provinceCode),
    );
  }
}

@Injectable()
export class OrganisationLoader implements LoaderFactory<string, OrganisationEntity | null> {
  constructor(private readonly repository: GeographyRepository) {}
  create() {
    return new DataLoader<string, OrganisationEntity | null>(async (ids) => byKeys(ids, await this.repository.findOrganisations(ids), (o) => o.id));
  }
}
