import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DeliveryStatus, NotificationChannel, NotificationKind } from '@ruamsang/shared';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';

/** What an e-mail or LINE delivery needs beyond the text: an iCalendar invitation for session events. */
export interface NotificationPayload {
  /** text/calendar body (METHOD:REQUEST or CANCEL), already in the recipient's language. */
  readonly ics?: string;
  readonly icsMethod?: 'REQUEST' | 'CANCEL';
  /** Ids of what it is about (cohort, sessions), for links and the export. */
  readonly refs?: Record<string, string | string[]>;
}

/**
 * One thing one person was told, written in the same transaction as the event that caused it
 * (the outbox), rendered in the recipient's language when it was written.
 */
@Entity({ name: 'notification' })
@Index('notification_recipient_created_idx', ['recipientId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'notification_recipient_fk' })
  recipient?: AppUserEntity;
  @Column({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @Column({ type: 'varchar', length: 2 }) locale!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload!: NotificationPayload;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}

/** One channel's delivery of a notification: claimed, sent and marked once (see DeliveryWorker). */
@Entity({ name: 'notification_delivery' })
@Index('notification_delivery_uq', ['notificationId', 'channel'], { unique: true })
@Index('notification_delivery_status_idx', ['status'])
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'notification_id', type: 'uuid' }) notificationId!: string;
  @ManyToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'notification_delivery_notification_fk' })
  notification?: NotificationEntity;
  @Column({ type: 'varchar', length: 10 }) channel!: NotificationChannel;
  @Column({ type: 'varchar', length: 10 }) status!: DeliveryStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  /** When the current SENDING claim was taken; a claim older than the lease belongs to a dead worker. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt!: Date | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A channel a person turned off for one kind (absent = on). */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preference_user_fk' })
  user?: AppUserEntity;
  @PrimaryColumn({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @PrimaryColumn({ type: 'varchar', length: 10 }) channel!: NotificationChannel;
  @Column({ type: 'boolean' }) enabled!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** The LINE user id a person linked, for Messaging API pushes (no LINE Login here). */
@Entity({ name: 'line_link' })
export class LineLinkEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'line_link_user_fk' })
  user?: AppUserEntity;
  @Column({ name: 'line_user_id', type: 'varchar', length: 33 }) lineUserId!: string;
  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' }) linkedAt!: Date;
}
