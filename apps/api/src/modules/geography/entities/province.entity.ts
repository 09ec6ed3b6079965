import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'province' })
export class ProvinceEntity {
  /** Official 2-digit code, e.g. "94" Pattani. */
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ name: 'name_th', type: 'varchar', length: 100 })
  nameTh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;
}
