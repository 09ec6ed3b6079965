import { Injectable } from '@nestjs/common';
import { provinceScopeOf, scopeIncludes, type Actor } from '@ruamsang/domain';
import { Role, type Sector } from '@ruamsang/shared';
import { DomainError } from '../../common/errors.js';
import type { OrganisationEntity } from './entities/organisation.entity.js';
import type { ProvinceEntity } from './entities/province.entity.js';
import { GeographyMessages } from './geography.errors.js';
import { GeographyRepository } from './geography.repository.js';
import type { CreateOrganisationInput } from './dto/organisation.input.js';

@Injectable()
export class GeographyService {
  constructor(private readonly repository: GeographyRepository) {}

  listProvinces(): Promise<ProvinceEntity[]> {
    return this.repository.listProvinces();
  }

  /** Checks a province and district pair; `fieldPrefix` names the input fields in errors. */
  async assertPlace(provinceCode: string | null | undefined, districtCode: string | null | undefined, fieldPrefix = ''): Promise<void> {
    if (provinceCode) {
      const [province] = await this.repository.findProvinces([provinceCode]);
      if (!province) throw DomainError.badInput(`${fieldPrefix}provinceCode`, GeographyMessages['geography.unknownProvince'], { code: provinceCode });
    }
    if (districtCode) {
      const [district] = await this.repository.findDistricts([districtCode]);
      if (!district) throw DomainError.badInput(`${fieldPrefix}districtCode`, GeographyMessages['geography.unknownDistrict'], { code: districtCode });
      if (provinceCode && district.provinceCode !== provinceCode) {
        throw DomainError.badInput(`${fieldPrefix}districtCode`, GeographyMessages['geography.districtOutsideProvince'], {
          code: districtCode,
          provinceCode,
        });
      }
    }
  }

  async assertProvinces(codes: readonly string[], field: string): Promise<void> {
    const found = new Set((await this.repository.findProvinces(codes)).map((p) => p.code));
    const missing = codes.find((code) => !found.has(code));
    if (missing) throw DomainError.badInput(field, GeographyMessages['geography.unknownProvince'], { code: missing });
  }

  async assertOrganisation(id: string, field: string): Promise<OrganisationEntity> {
    const [organisation] = await this.repository.findOrganisations([id]);
    if (!organisation) throw DomainError.badInput(field, GeographyMessages['geography.unknownOrganisation']);
    return organisation;
  }

  listOrganisations(provinceCode: string | undefined, sector: Sector | undefined): Promise<OrganisationEntity[]> {
    return this.repository.listOrganisations({ provinceCodes: provinceCode ? [provinceCode] : undefined, sector });
  }

  /** Admins register any organisation; coordinators only within their provinces. */
  async createOrganisation(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.COORDINATOR) throw DomainError.forbidden('common.forbidden');
    const provinceCode = input.provinceCode ?? null;
    if (actor.role === Role.COORDINATOR && !scopeIncludes(provinceScopeOf(actor), provinceCode)) throw DomainError.forbidden('common.forbidden');
    await this.assertPlace(provinceCode, null);
    const name = input.name.trim();
    if (await this.repository.findOrganisationByName(name, provinceCode)) {
      throw DomainError.conflict(GeographyMessages['geography.organisationExists'], { name }, 'name');
    }
    return this.repository.saveOrganisation({ name, sector: input.sector, provinceCode });
  }
}
