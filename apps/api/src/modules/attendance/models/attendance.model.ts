import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttendanceMethod, AttendanceStatus } from '../entities/attendance.entity.js';

registerEnumType(AttendanceStatus, { name: 'AttendanceStatus', description: 'PRESENT and LATE count as attended; ABSENT and EXCUSED do not' });
registerEnumType(AttendanceMethod, { name: 'AttendanceMethod', description: 'Marked by a trainer on the roster, or by the practitioner scanning the session’s QR code' });

@ObjectType({ description: 'One SEATED person of the cohort on one session day' })
export class AttendanceMark {
  @Field(() => ID) practitionerId!: string;
  @Field(() => String) practitionerName!: string;
  @Field(() => AttendanceStatus, { nullable: true, description: 'null = not marked yet' }) status!: AttendanceStatus | null;
  @Field(() => AttendanceMethod, { nullable: true }) method!: AttendanceMethod | null;
  @Field(() => Date, { nullable: true }) markedAt!: Date | null;
  @Field(() => Boolean, { description: 'At least one logged correction' }) corrected!: boolean;
}

@ObjectType({ description: 'The roster of one session day: every SEATED person of the cohort, by name' })
export class SessionRoster {
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (Asia/Bangkok)' }) sessionDate!: string;
  @Field(() => [String], { description: 'All days of the session' }) dates!: string[];
  @Field(() => String, { description: 'In the request’s locale' }) moduleTitle!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => String) startTime!: string;
  @Field(() => String) endTime!: string;
  @Field(() => [AttendanceMark]) marks!: AttendanceMark[];
}

@ObjectType({ description: 'A logged change of an attendance mark: old → new, who, when and why' })
export class AttendanceCorrection {
  @Field(() => ID) id!: string;
  @Field(() => String) sessionDate!: string;
  @Field(() => String) practitionerName!: string;
  @Field(() => AttendanceStatus) oldStatus!: AttendanceStatus;
  @Field(() => AttendanceStatus) newStatus!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'null when the trainer re-marked on the roster' }) reason!: string | null;
  @Field(() => String, { nullable: true }) correctedByName!: string | null;
  @Field(() => Date) correctedAt!: Date;
}

@ObjectType({ description: 'A per-session-day check-in code for practitioners to scan' })
export class CheckInCode {
  @Field(() => String, { description: 'Opaque, HMAC-signed (session id + date); valid on that date only' }) code!: string;
  @Field(() => String, { description: '"/check-in/<code>" (the web route)' }) checkInPath!: string;
  @Field(() => String, { description: 'An SVG QR code of the absolute check-in URL' }) qrSvg!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) validOn!: string;
}

@ObjectType()
export class CheckInResult {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) sessionDate!: string;
  @Field(() => String) moduleTitle!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => Boolean, { description: 'A second scan changes nothing' }) alreadyMarked!: boolean;
}

@ObjectType({ description: 'How a curriculum is completed' })
export class CompletionRule {
  @Field(() => ID) curriculumId!: string;
  @Field(() => Int) minAttendancePercent!: number;
  @Field(() => Boolean) requiresPostAssessment!: boolean;
}

@ObjectType({ description: 'One SEATED person’s progress towards completing the cohort’s curriculum' })
export class CompletionProgress {
  @Field(() => ID) practitionerId!: string;
  @Field(() => String) practitionerName!: string;
  @Field(() => Int) scheduledMinutes!: number;
  @Field(() => Int) attendedMinutes!: number;
  @Field(() => Int) requiredMinutes!: number;
  @Field(() => Float) attendancePercent!: number;
  @Field(() => Boolean) postAssessmentSubmitted!: boolean;
  @Field(() => Boolean) complete!: boolean;
  @Field(() => String, { nullable: true }) certificateCode!: string | null;
}

@ObjectType({ description: 'A certificate of completion' })
export class Certificate {
  @Field(() => String) code!: string;
  @Field(() => String) curriculumTitle!: string;
  @Field(() => Date) completedAt!: Date;
  @Field(() => String, { description: '/certificates/<code>.pdf (bearer auth)' }) pdfUrl!: string;
  @Field(() => String) holderName!: string;
  @Field(() => String) cohortName!: string;
}
