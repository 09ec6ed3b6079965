import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TeachingLanguage } from '@ruamsang/shared';
import { EnrolmentStatus, SessionStatus } from '../entities/scheduling.entity.js';

@ObjectType()
export class DateRange {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

@ObjectType()
export class Blackout extends DateRange {
  @Field(() => String) reason!: string;
}

@ObjectType()
export class ExtraHoliday {
  @Field(() => String) date!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'One date written Gregorian, Buddhist Era and Hijri (Umm al-Qura), in the caller’s language' })
export class TriDate {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String) gregorian!: string;
  @Field(() => String) buddhist!: string;
  @Field(() => String) hijri!: string;
}

@ObjectType()
export class Venue {
  @Field(() => ID) id!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => [DateRange]) availability!: DateRange[];
}

@ObjectType()
export class TrainerProfile {
  @Field(() => ID) userId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) homeProvinceCode!: string;
  @Field(() => [String]) moduleCodes!: string[];
  @Field(() => [DateRange]) availability!: DateRange[];
  @Field(() => Int, { nullable: true }) maxLoadHours!: number | null;
}

@ObjectType()
export class Cohort {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID) curriculumId!: string;
  @Field(() => String) curriculumTitle!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => TeachingLanguage) teachingLanguage!: TeachingLanguage;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) enrolled!: number;
  @Field(() => Int) waiting!: number;
  @Field(() => Enrolment, { nullable: true, description: 'The caller’s own seat or waiting-list place' }) myEnrolment!: Enrolment | null;
}

@ObjectType()
export class Enrolment {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => ID) practitionerId!: string;
  @Field(() => EnrolmentStatus) status!: EnrolmentStatus;
  @Field(() => Int, { nullable: true, description: '1 = next to get a seat; null when enrolled' }) waitingPosition!: number | null;
}

@ObjectType()
export class CohortSuggestion {
  @Field(() => Cohort) cohort!: Cohort;
  @Field(() => Float, { description: 'Sum over competencies of the practitioner’s gap the curriculum’s targets address' }) gapCovered!: number;
  @Field(() => [String]) coveredCompetencies!: string[];
}

@ObjectType()
export class SessionTrainer {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType()
export class TrainingSession {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => String) moduleCode!: string;
  @Field(() => String) moduleTitle!: string;
  @Field(() => ID) venueId!: string;
  @Field(() => String) venueName!: string;
  @Field(() => [SessionTrainer]) trainers!: SessionTrainer[];
  @Field(() => [TriDate]) dates!: TriDate[];
  @Field(() => String) startTime!: string;
  @Field(() => String) endTime!: string;
  @Field(() => SessionStatus) status!: SessionStatus;
}

@ObjectType({ description: 'A constraint that ruled out some of the candidate slots of an unplaced session' })
export class ScheduleBlocker {
  @Field(() => String, { description: 'HOLIDAY, FRIDAY_PRAYER, TRAINER_DOUBLE_BOOKED, PREREQUISITE …' }) constraint!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) of!: number;
  @Field(() => String) message!: string;
}

@ObjectType()
export class UnplacedSession {
  @Field(() => ID) cohortId!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => String) moduleCode!: string;
  @Field(() => String) moduleTitle!: string;
  @Field(() => [ScheduleBlocker]) blockers!: ScheduleBlocker[];
}

@ObjectType()
export class ProposedSession {
  @Field(() => ID) cohortId!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => String) moduleCode!: string;
  @Field(() => String) moduleTitle!: string;
  @Field(() => ID) venueId!: string;
  @Field(() => String) venueName!: string;
  @Field(() => [SessionTrainer]) trainers!: SessionTrainer[];
  @Field(() => [TriDate]) dates!: TriDate[];
  @Field(() => String) startTime!: string;
  @Field(() => String) endTime!: string;
}

@ObjectType()
export class ScheduleProposal {
  @Field(() => String, { description: 'heuristic, greedy or exact' }) method!: string;
  @Field(() => [ProposedSession]) sessions!: ProposedSession[];
  @Field(() => [UnplacedSession]) unplaced!: UnplacedSession[];
  @Field(() => Float) objective!: number;
}

@ObjectType()
export class ProvinceCalendarRules {
  @Field(() => String) provinceCode!: string;
  @Field(() => String) ramadanPolicy!: string;
  @Field(() => String, { nullable: true }) prayerStart!: string | null;
  @Field(() => String, { nullable: true }) prayerEnd!: string | null;
  @Field(() => [Blackout]) blackouts!: Blackout[];
  @Field(() => [ExtraHoliday]) extraHolidays!: ExtraHoliday[];
}

@ObjectType()
export class CalendarFeedToken {
  @Field(() => String, { description: 'Shown once; only its hash is stored' }) token!: string;
  @Field(() => String, { description: 'Path of the personal feed, e.g. /calendar/me.ics?token=…' }) path!: string;
}
