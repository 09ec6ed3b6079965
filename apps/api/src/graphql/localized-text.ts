import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** Text in the three interface languages; Thai is required, the others fall back to it. */
export interface LocalizedTextValue {
  th: string;
  en?: string | null;
  ms?: string | null;
}

@ObjectType('LocalizedText')
export class LocalizedText implements LocalizedTextValue {
  @Field(() => String) th!: string;
  @Field(() => String, { nullable: true }) en?: string | null;
  @Field(() => String, { nullable: true }) ms?: string | null;

  static from(value: LocalizedTextValue | null | undefined): LocalizedText {
    return Object.assign(new LocalizedText(), { th: value?.th ?? '', en: value?.en ?? null, ms: value?.ms ?? null });
  }
}

/** Short names: titles, competency names. */
@InputType()
export class LocalizedNameInput implements LocalizedTextValue {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(300)
  th!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300)
  en?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300)
  ms?: string | null;
}

/** Longer text: descriptions and level descriptors. */
@InputType()
export class LocalizedTextInput implements LocalizedTextValue {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(4000)
  th!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000)
  en?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000)
  ms?: string | null;
}

export function cleanText(value: LocalizedTextValue): LocalizedTextValue {
  return { th: value.th.trim(), en: value.en?.trim() || null, ms: value.ms?.trim() || null };
}
