import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Sector } from '@ruamsang/shared';
import type { DistrictEntity } from '../entities/district.entity.js';
import type { OrganisationEntity } from '../entities/organisation.entity.js';
import type { ProvinceEntity } from '../entities/province.entity.js';

registerEnumType(Sector, { name: 'Sector', description: 'ภาคส่วน: the sector a practitioner or organisation works in' });

@ObjectType({ description: 'An amphoe/khet with its official 4-digit code' })
export class District {
  @Field(() => String) code!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => String) nameTh!: string;
  @Field(() => String) nameEn!: string;

  static from(entity: DistrictEntity): District {
    return Object.assign(new District(), { code: entity.code, provinceCode: entity.provinceCode, nameTh: entity.nameTh, nameEn: entity.nameEn });
  }
}

@ObjectType({ description: 'A changwat with its official 2-digit code, e.g. "94" Pattani' })
export class Province {
  @Field(() => String) code!: string;
  @Field(() => String) nameTh!: string;
  @Field(() => String) nameEn!: string;

  static from(entity: ProvinceEntity): Province {
    return Object.assign(new Province(), { code: entity.code, nameTh: entity.nameTh, nameEn: entity.nameEn });
  }
}

@ObjectType({ description: 'The programme area (PROGRAMME_PROVINCES): the provinces this deployment plans, schedules and maps' })
export class Programme {
  @Field(() => [String], { description: 'Official 2-digit codes, sorted' }) provinceCodes!: string[];
  @Field(() => [Province], { description: 'The same provinces with their names, in code order' }) provinces!: Province[];
}

@ObjectType()
export class Organisation {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Sector) sector!: Sector;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;

  static from(entity: OrganisationEntity): Organisation {
    return Object.assign(new Organisation(), { id: entity.id, name: entity.name, sector: entity.sector, provinceCode: entity.provinceCode });
  }
}
