import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Sector } from '@ruamsang/shared';
import { DistrictEntity } from './entities/district.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { ProvinceEntity } from './entities/province.entity.js';

interface GeoThaiProvince {
  id: number;
  th: string;
  en: string;
}
interface GeoThaiDistrict {
  id: number;
  province_id: number;
  th: string;
  en: string;
}

/** The GeoThai dataset (MIT, see its LICENSE), kept beside the api sources. */
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../thai-geography-data');

export function readThaiGeography(): { provinces: ProvinceEntity[]; districts: DistrictEntity[] } {
  const provinces = JSON.parse(readFileSync(resolve(dataDir, 'provinces.json'), 'utf8')) as GeoThaiProvince[];
  const districts = JSON.parse(readFileSync(resolve(dataDir, 'districts.json'), 'utf8')) as GeoThaiDistrict[];
  return {
    provinces: provinces.map((p) => Object.assign(new ProvinceEntity(), { code: String(p.id).padStart(2, '0'), nameTh: p.th, nameEn: p.en })),
    districts: districts.map((d) =>
      Object.assign(new DistrictEntity(), {
        code: String(d.id).padStart(4, '0'),
        provinceCode: String(d.province_id).padStart(2, '0'),
        nameTh: d.th,
        nameEn: d.en,
      }),
    ),
  };
}

@Injectable()
export class GeographyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Loads the official provinces and districts when the tables are empty or out of date. */
  async ensureLoaded(): Promise<void> {
    const { provinces, districts } = readThaiGeography();
    const [{ count } = { count: '0' }] = await this.dataSource.query<{ count: string }[]>('SELECT count(*)::text AS count FROM district');
    if (Number(count) === districts.length) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(ProvinceEntity, provinces, ['code']);
      for (let i = 0; i < districts.length; i += 500) {
        await manager.upsert(DistrictEntity, districts.slice(i, i + 500), ['code']);
      }
    });
  }

  listProvinces(): Promise<ProvinceEntity[]> {
    return this.dataSource.getRepository(ProvinceEntity).find({ order: { code: 'ASC' } });
  }

  findProvinces(codes: readonly string[]): Promise<ProvinceEntity[]> {
    return this.dataSource.getRepository(ProvinceEntity).findBy({ code: In([...codes]) });
  }

  findDistricts(codes: readonly string[]): Promise<DistrictEntity[]> {
    return this.dataSource.getRepository(DistrictEntity).findBy({ code: In([...codes]) });
  }

  findDistrictsOfProvinces(provinceCodes: readonly string[]): Promise<DistrictEntity[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ where: { provinceCode: In([...provinceCodes]) }, order: { code: 'ASC' } });
  }

  findOrganisations(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  }

  listOrganisations(filter: { provinceCodes?: readonly string[] | undefined; sector?: Sector | undefined }): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).find({
      where: {
        ...(filter.provinceCodes ? { provinceCode: In([...filter.provinceCodes]) } : {}),
        ...(filter.sector ? { sector: filter.sector } : {}),
      },
      order: { name: 'ASC' },
    });
  }

  findOrganisationByName(name: string, provinceCode: string | null): Promise<OrganisationEntity | null> {
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ name, provinceCode: provinceCode ?? IsNull() });
  }

  saveOrganisation(organisation: Partial<OrganisationEntity>): Promise<OrganisationEntity> {
    const repository = this.dataSource.getRepository(OrganisationEntity);
    return repository.save(repository.create(organisation));
  }
}
