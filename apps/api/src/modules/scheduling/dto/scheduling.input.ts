import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { TeachingLanguage } from '@ruamsang/shared';
import { EnrolmentStatus, SessionStatus } from '../entities/scheduling.entity.js';

registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'DRAFT (proposed, editable) or PUBLISHED (in the feeds)' });
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus', description: 'A seat, or a place on the waiting list' });

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A 2-digit province code; whether it is in the programme area (PROGRAMME_PROVINCES) the service checks. */
const PROVINCE = /^\d{2}$/;

@InputType({ description: 'A range of Asia/Bangkok dates, both ends included' })
export class DateRangeInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Matches(DATE) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Matches(DATE) to!: string;
}

@InputType()
export class BlackoutInput extends DateRangeInput {
  @Field(() => String, { description: 'Why, e.g. rubber tapping season' }) @IsString() @MinLength(1) @MaxLength(200) reason!: string;
}

@InputType()
export class ExtraHolidayInput {
  @Field(() => String) @Matches(DATE) date!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200) name!: string;
}

@InputType()
export class SaveVenueInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new venue' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String) @Matches(PROVINCE) provinceCode!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(2000) capacity!: number;
  @Field(() => [DateRangeInput], { nullable: true, description: 'Empty: always available' })
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DateRangeInput)
  availability?: DateRangeInput[] | null;
}

@InputType()
export class SaveTrainerProfileInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => String) @Matches(PROVINCE) homeProvinceCode!: string;
  @Field(() => [String]) @ArrayMaxSize(100) @ArrayUnique() @IsString({ each: true }) @MaxLength(20, { each: true }) moduleCodes!: string[];
  @Field(() => [DateRangeInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DateRangeInput)
  availability?: DateRangeInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Most teaching hours per planning window' }) @IsOptional() @IsInt() @Min(1) @Max(2000) maxLoadHours?: number | null;
}

@InputType()
export class SaveCohortInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field(() => ID) @IsUUID() curriculumId!: string;
  @Field(() => String) @Matches(PROVINCE) provinceCode!: string;
  @Field(() => TeachingLanguage) @IsEnum(TeachingLanguage) teachingLanguage!: TeachingLanguage;
  @Field(() => Int) @IsInt() @Min(1) @Max(500) capacity!: number;
}

@InputType()
export class SaveCalendarRulesInput {
  @Field(() => String) @Matches(PROVINCE) provinceCode!: string;
  @Field(() => String, { description: 'AVOID, HALF_DAYS or IGNORE' }) @IsIn(['AVOID', 'HALF_DAYS', 'IGNORE']) ramadanPolicy!: 'AVOID' | 'HALF_DAYS' | 'IGNORE';
  @Field(() => String, { nullable: true, description: 'HH:MM; absent switches the Friday prayer rule off' }) @IsOptional() @Matches(TIME) prayerStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TIME) prayerEnd?: string | null;
  @Field(() => [BlackoutInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => BlackoutInput) blackouts!: BlackoutInput[];
  @Field(() => [ExtraHolidayInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ExtraHolidayInput) extraHolidays?: ExtraHolidayInput[] | null;
}

@InputType()
export class ScheduleRequestInput {
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true }) cohortIds!: string[];
  @Field(() => String, { description: 'First day of the window, YYYY-MM-DD' }) @Matches(DATE) from!: string;
  @Field(() => String, { description: 'Last day of the window, YYYY-MM-DD' }) @Matches(DATE) to!: string;
}

@InputType()
export class UpdateSessionInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true, description: 'New first day; the session keeps its number of days' }) @IsOptional() @Matches(DATE) startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TIME) startTime?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TIME) endTime?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() venueId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(5) @ArrayUnique() @IsUUID('all', { each: true }) trainerIds?: string[] | null;
}

@InputType()
export class EnrolInput {
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => ID, { nullable: true, description: 'A coordinator or admin enrolling a practitioner; absent = yourself' })
  @IsOptional()
  @IsUUID()
  practitionerId?: string | null;
}
