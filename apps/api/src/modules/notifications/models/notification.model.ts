import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliveryStatus, NOTIFICATIONS_PAGE_MAX, NotificationChannel, NotificationKind } from '@ruamsang/shared';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { NotificationDeliveryEntity, NotificationEntity } from '../entities/notification.entity.js';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about' });
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'Where a notification goes besides the in-app centre, which always keeps it' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'PENDING → SENDING → SENT, or FAILED for good' });

@ObjectType({ description: 'One thing the person was told, in their language' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() title!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;

  static from(row: NotificationEntity): Notification {
    return Object.assign(new Notification(), { id: row.id, kind: row.kind, title: row.title, body: row.body, createdAt: row.createdAt, readAt: row.readAt });
  }
}

@ObjectType()
export class NotificationPage {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Unread notifications of the person (all pages)' }) unread!: number;
  @Field(() => [Notification]) items!: Notification[];
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(NOTIFICATIONS_PAGE_MAX)
  limit = 20;

  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1_000_000)
  offset = 0;
}

@ObjectType({ description: 'Whether one kind of notification goes to one channel' })
export class NotificationPreference {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field() enabled!: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel) @IsEnum(NotificationChannel)
  channel!: NotificationChannel;

  @Field() @IsBoolean()
  enabled!: boolean;
}

@ObjectType()
export class NotificationSettings {
  @Field(() => [NotificationPreference]) preferences!: NotificationPreference[];
  @Field(() => String, { nullable: true, description: 'The linked LINE user id, if any' }) lineUserId!: string | null;
  @Field({ description: 'Whether this server sends e-mail (SMTP_URL set)' }) emailAvailable!: boolean;
  @Field({ description: 'Whether this server pushes to LINE (LINE_CHANNEL_ACCESS_TOKEN set)' }) lineAvailable!: boolean;
}

@ArgsType()
export class SetNotificationPreferencesArgs {
  @Field(() => [NotificationPreferenceInput]) @ValidateNested({ each: true }) @Type(() => NotificationPreferenceInput) @ArrayMaxSize(100)
  preferences!: NotificationPreferenceInput[];
}

@ArgsType()
export class LinkLineArgs {
  @Field(() => String, { nullable: true, description: 'U and 32 hexadecimal digits; null unlinks' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  lineUserId?: string | null;
}

@ObjectType({ description: 'One channel’s delivery of a notification' })
export class NotificationDelivery {
  @Field(() => ID) id!: string;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' }) lastError!: string | null;
  @Field() updatedAt!: Date;
  @Field(() => ID) notificationId!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => ID) recipientId!: string;
  @Field() title!: string;

  static from(row: NotificationDeliveryEntity & { notification: NotificationEntity }): NotificationDelivery {
    return Object.assign(new NotificationDelivery(), {
      id: row.id,
      channel: row.channel,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      updatedAt: row.updatedAt,
      notificationId: row.notificationId,
      kind: row.notification.kind,
      recipientId: row.notification.recipientId,
      title: row.notification.title,
    });
  }
}

@ObjectType()
export class NotificationDeliveryPage {
  @Field(() => Int) total!: number;
  @Field(() => [NotificationDelivery]) items!: NotificationDelivery[];
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Absent: all of mine' }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(500)
  ids?: string[] | null;
}
