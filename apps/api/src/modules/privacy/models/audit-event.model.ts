import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { AuditEventEntity } from '../entities/audit-event.entity.js';

@ObjectType({ description: 'One change to personal data: who, when, what (field names, never values)' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field() action!: string;
  @Field() entity!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Whose personal data it is' }) subjectId!: string | null;
  @Field(() => [String]) fields!: string[];

  static from(entity: AuditEventEntity): AuditEvent {
    return Object.assign(new AuditEvent(), entity);
  }
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent]) items!: AuditEvent[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => ID, { nullable: true, description: 'Only the events about this person' }) @IsOptional() @IsUUID()
  subjectId?: string | null;

  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200)
  limit = 50;
}
