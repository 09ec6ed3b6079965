import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProvinceEntity } from './province.entity.js';

@Entity({ name: 'district' })
export class DistrictEntity {
  /** Official 4-digit code whose first two digits are the province's, e.g. "9401". */
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Index('district_province_idx')
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode!: string;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'district_province_fk' })
  province?: ProvinceEntity;

  @Column({ name: 'name_th', type: 'varchar', length: 100 })
  nameTh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;
}
