import { Inject, Injectable } from '@nestjs/common';
import { provinceScopeOf, scopeIncludes, type Actor } from '@ruamsang/domain';
import { Role, type Sector } from '@ruamsang/shared';
import { DomainError } from '../../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganisationEntity } from './entities/organisation.entity.js';
import type { ProvinceEntity } from './entities/province.entity.js';
import { GeographyMessages } from './geography.errors.js';
import { GeographyRepository } from './geography.repository.js';
import type { CreateOrganisationInput } from './dto/organisation.input.js';

@Injectable()
export class GeographyService {
  constructor(
    private readonly repository: GeographyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  listProvinces(): Promise<ProvinceEntity[]> {
    return this.repository.listProvinces();
  }

  // ---- the programme area (PROGRAMME_PROVINCES) ------------------------------------------------

  /** The codes of the provinces this deployment plans, schedules and maps, sorted. */
  programmeProvinceCodes(): readonly string[] {
    return this.config.programmeProvinceCodes;
  }

  programmeProvinces(): Promise<ProvinceEntity[]> {
    return this.repository.findProvinces(this.config.programmeProvinceCodes);
  }

  /**
   * Refuses a province outside the programme area (or unknown), naming `field` and the provinces
   * allowed. Used by everything that places work somewhere: venues, trainers, cohorts, calendar
   * rules, campaigns, curricula.
   */
  async assertInProgramme(codes: readonly string[], field: string): Promise<void> {
    await this.assertProvinces(codes, field);
    const area = this.config.programmeProvinceCodes;
    const outside = codes.find((code) => !area.includes(code));
    if (outside === undefined) return;
    const allowed = await this.programmeProvinces();
    throw DomainError.badInput(field, GeographyMessages['geography.outsideProgramme'], {
      code: outside,
      allowedTh: allowed.map((p) => `${p.code} ${p.nameTh}`).join(', '),
      allowedEn: allowed.map((p) => `${p.code} ${p.nameEn}`).join(', '),
    });
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
