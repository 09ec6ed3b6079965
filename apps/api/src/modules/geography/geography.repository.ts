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

/** The dataset, read once: the tables hold exactly this after `ensureLoaded`, and nothing edits them. */
let snapshot: { provinces: ProvinceEntity[]; districts: DistrictEntity[]; province: Map<string, ProvinceEntity>; district: Map<string, DistrictEntity>; districtsOf: Map<string, DistrictEntity[]> } | null = null;
function reference() {
  if (!snapshot) {
    const { provinces, districts } = readThaiGeography();
    provinces.sort((a, b) => a.code.localeCompare(b.code));
    districts.sort((a, b) => a.code.localeCompare(b.code));
    const districtsOf = new Map<string, DistrictEntity[]>();
    for (const d of districts) districtsOf.set(d.provinceCode, [...(districtsOf.get(d.provinceCode) ?? []), d]);
    snapshot = { provinces, districts, province: new Map(provinces.map((p) => [p.code, p])), district: new Map(districts.map((d) => [d.code, d])), districtsOf };
  }
  return snapshot;
}
const present = <T>(value: T | undefined): value is T => value !== undefined;

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

  // Provinces and districts are read from the in-memory dataset: reference data asked for by
  // almost every screen, identical to the tables (which stay for joins and foreign keys).

  listProvinces(): Promise<ProvinceEntity[]> {
    return Promise.resolve([...reference().provinces]);
  }

  findProvinces(codes: readonly string[]): Promise<ProvinceEntity[]> {
    const { province } = reference();
    return Promise.resolve([...new Set(codes)].map((c) => province.get(c)).filter(present));
  }

  findDistricts(codes: readonly string[]): Promise<DistrictEntity[]> {
    const { district } = reference();
    return Promise.resolve([...new Set(codes)].map((c) => district.get(c)).filter(present));
  }

  findDistrictsOfProvinces(provinceCodes: readonly string[]): Promise<DistrictEntity[]> {
    const { districtsOf } = reference();
    return Promise.resolve([...new Set(provinceCodes)].sort().flatMap((c) => districtsOf.get(c) ?? []));
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
