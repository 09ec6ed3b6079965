import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsClientKey } from '../../../common/validation.js';
import { AttendanceStatus } from '../entities/attendance.entity.js';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = Object.values(AttendanceStatus);

@InputType()
export class AttendanceMarkInput {
  @Field(() => ID) @IsUUID() practitionerId!: string;
  @Field(() => AttendanceStatus) @IsIn(STATUSES) status!: AttendanceStatus;
}

@InputType()
export class MarkAttendanceInput {
  @Field(() => ID, { description: 'Chosen on the device: 1–128 printable characters (e.g. a UUID); a retried batch is answered, not re-applied' }) @IsClientKey() clientBatchId!: string;
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => String, { description: 'One of the session’s dates (YYYY-MM-DD), not in the future' }) @Matches(ISO_DATE) sessionDate!: string;
  @Field(() => [AttendanceMarkInput], { description: '1–500 marks; each practitioner once; each SEATED in the cohort' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkInput)
  marks!: AttendanceMarkInput[];
}

@InputType()
export class CorrectAttendanceInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => String) @Matches(ISO_DATE) sessionDate!: string;
  @Field(() => ID) @IsUUID() practitionerId!: string;
  @Field(() => AttendanceStatus) @IsIn(STATUSES) status!: AttendanceStatus;
  @Field(() => String, { description: 'Why (3–500 characters)' }) @IsString() @MinLength(3) @MaxLength(500) reason!: string;
}

@InputType()
export class SetCompletionRuleInput {
  @Field(() => ID) @IsUUID() curriculumId!: string;
  @Field(() => Int, { description: '1–100' }) @IsInt() @Min(1) @Max(100) minAttendancePercent!: number;
  @Field(() => Boolean) @IsBoolean() requiresPostAssessment!: boolean;
}
