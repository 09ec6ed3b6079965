import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgeBand, Gender, PersonaGroup, Role, Sector, TeachingLanguage } from '@ruamsang/shared';
import type { AppUserEntity } from '../entities/app-user.entity.js';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(AgeBand, { name: 'AgeBand' });
registerEnumType(PersonaGroup, { name: 'PersonaGroup', description: 'Vulnerable or priority groups (Personas)' });
registerEnumType(TeachingLanguage, { name: 'TeachingLanguage' });

@ObjectType({ description: 'A person who signs in. Personal fields are visible to themselves, admins and their coordinators.' })
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => String, { nullable: true }) districtCode!: string | null;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => Sector, { nullable: true }) sector!: Sector | null;
  @Field(() => Gender, { nullable: true }) gender!: Gender | null;
  @Field(() => AgeBand, { nullable: true }) ageBand!: AgeBand | null;
  @Field(() => [TeachingLanguage]) languages!: TeachingLanguage[];
  @Field(() => [PersonaGroup]) personaGroups!: PersonaGroup[];
  @Field(() => [String], { description: 'Provinces a coordinator answers for' }) managedProvinceCodes!: string[];
  @Field(() => String, { nullable: true, description: 'Thai mobile number in E.164 (+66…), a second sign-in name' }) phone!: string | null;
  @Field(() => Boolean, { description: 'False once an administrator or coordinator deactivated the account' }) active!: boolean;
  @Field(() => String, { description: 'Interface language chosen by the person: th, en or ms' }) preferredLocale!: string;
  @Field(() => Date) createdAt!: Date;

  static from(entity: AppUserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      role: entity.role,
      provinceCode: entity.provinceCode,
      districtCode: entity.districtCode,
      organisationId: entity.organisationId,
      sector: entity.sector,
      gender: entity.gender,
      ageBand: entity.ageBand,
      languages: entity.languages as TeachingLanguage[],
      personaGroups: entity.personaGroups as PersonaGroup[],
      managedProvinceCodes: entity.managedProvinceCodes,
      phone: entity.phone,
      active: entity.deactivatedAt == null,
      preferredLocale: entity.preferredLocale,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' }) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => User) user!: User;
}

@ObjectType()
export class UserPage {
  @Field(() => [User]) items!: User[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}

@ObjectType({ description: 'A one-time link to set a new password, shown to the person as a link or a QR code' })
export class PasswordResetLink {
  @Field(() => String, { description: 'The full address to open (PUBLIC_WEB_URL, or the address the request came to)' }) url!: string;
  @Field(() => String, { description: 'The same address without the origin: /reset/<token>' }) path!: string;
  @Field(() => String, { description: 'The link as an SVG QR code' }) qrSvg!: string;
  @Field(() => Date) expiresAt!: Date;
}
