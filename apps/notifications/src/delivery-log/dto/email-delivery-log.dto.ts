import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageOf, PageQuery } from '@jiyn/persistence';
import { EMAIL_TEMPLATE_NAMES, type EmailTemplateName } from '../../email/templates/catalogue';
import {
  EMAIL_ATTEMPT_OUTCOMES,
  EMAIL_DELIVERY_STATUSES,
  EMAIL_RECIPIENT_KINDS,
  type EmailAttemptOutcome,
  type EmailDeliveryStatus,
  type EmailRecipientKind,
} from '../email-delivery-log.repository';

export class EmailDeliveriesQuery extends PageQuery {
  @ApiProperty({ format: 'uuid', description: 'The event whose messages to list' })
  @IsUUID()
  eventId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only the messages to this recipient: a registration's or a speaker's id",
  })
  @IsOptional()
  @IsUUID()
  recipientRef?: string;

  @ApiPropertyOptional({ enum: EMAIL_TEMPLATE_NAMES, enumName: 'EmailTemplateName' })
  @IsOptional()
  @IsIn(EMAIL_TEMPLATE_NAMES)
  template?: EmailTemplateName;

  @ApiPropertyOptional({ enum: EMAIL_DELIVERY_STATUSES, enumName: 'EmailDeliveryStatus' })
  @IsOptional()
  @IsIn(EMAIL_DELIVERY_STATUSES)
  status?: EmailDeliveryStatus;
}

/**
 * One message of the log: what caused it, to whom (an id: the log keeps no address or name) and
 * how its sending went.
 */
@ApiSchema({ name: 'EmailDelivery' })
export class EmailDeliveryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    example: '<01964c2e-7d3a-7b1e-9f40-3c2a1b0d9e8f@notifications.jiyn>',
    description: 'The Message-ID the e-mail carries (the same on every attempt of this delivery)',
  })
  messageId!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ enum: EMAIL_TEMPLATE_NAMES, enumName: 'EmailTemplateName' })
  template!: EmailTemplateName;

  @ApiProperty({ enum: EMAIL_RECIPIENT_KINDS, enumName: 'EmailRecipientKind' })
  recipientKind!: EmailRecipientKind;

  @ApiProperty({ format: 'uuid', description: "The registration's or speaker's id" })
  recipientRef!: string;

  @ApiProperty({
    enum: EMAIL_DELIVERY_STATUSES,
    enumName: 'EmailDeliveryStatus',
    description:
      '`queued` (waiting, maybe to be retried), `sending` (an attempt is under way), `sent` (the ' +
      'mail server took it), `failed` (refused for good, or given up after the last retry), ' +
      '`skipped` (nothing to send: no address, unsubscribed, …; `lastReply` says why)',
  })
  status!: EmailDeliveryStatus;

  @ApiProperty({ description: 'Transactional messages are sent whatever the recipient unsubscribed from' })
  transactional!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0 })
  attempts!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'kk',
    description: 'The language it was written in (kk, ru, en); null until it was',
  })
  language!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The mail server's last reply or why it was skipped; addresses in it are replaced by [address]",
  })
  lastReply!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When a queued message is tried next; null once it is done',
  })
  nextAttemptAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: Date | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "Sent again by an organiser: the message's first delivery; null for that one",
  })
  resendOf!: string | null;
}

/** One try to hand the message to the mail server, or to write it. */
@ApiSchema({ name: 'EmailDeliveryAttempt' })
export class EmailAttemptResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  attempt!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  at!: Date;

  @ApiProperty({ enum: EMAIL_ATTEMPT_OUTCOMES, enumName: 'EmailAttemptOutcome' })
  outcome!: EmailAttemptOutcome;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The mail server's reply, or what went wrong; addresses in it are replaced by [address]",
  })
  smtpReply!: string | null;
}

@ApiSchema({ name: 'EmailDeliveryWithAttempts' })
export class EmailDeliveryDetailResponse extends EmailDeliveryResponse {
  @ApiProperty({ type: [EmailAttemptResponse], description: 'Oldest first; at most the latest 100' })
  attemptLog!: EmailAttemptResponse[];
}

export const EmailDeliveryPage = PageOf(EmailDeliveryResponse, 'EmailDeliveryPage');
