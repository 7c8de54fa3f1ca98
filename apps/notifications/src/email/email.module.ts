import { Module } from '@nestjs/common';
import { EmailDeliveriesRepository } from '../delivery-log/email-deliveries.repository';
import { EmailDeliveryLogHttpController } from '../delivery-log/email-delivery-log.http.controller';
import { EmailDeliveryLogRepository } from '../delivery-log/email-delivery-log.repository';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { ParticipantProjectionRepository } from '../event-projection/participant-projection.repository';
import { OwnerDirectory } from '../recipients/owner-directory';
import { EmailComposer } from './email-composer';
import { EmailEventHandlers } from './email-event.handlers';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { EmailSender } from './email-sender';
import { EmailTextsHttpController } from './email-texts.http.controller';
import { MailTransport } from './mail-transport';
import { DisabledEndpointsRepository } from './owner-notices/disabled-endpoints.repository';
import { OwnerNoticeComposer } from './owner-notices/owner-notice-composer';
import { OwnerNoticeHandlers } from './owner-notices/owner-notice.handlers';
import { ScheduledMessages } from './scheduled-messages';
import { SessionChangeFacts } from './session-changes/session-change-facts';
import { SessionChangeHandlers } from './session-changes/session-change.handlers';
import { SessionSignUpsRepository } from './session-changes/session-sign-ups.repository';
import { EmailRenderer } from './templates/email-renderer';
import { UnsubscribeHttpController } from './unsubscribe.http.controller';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** E-mail to participants, speakers and organisations' owners: queued from Kafka, sent over SMTP, logged per message. */
@Module({
  controllers: [
    EmailEventHandlers,
    EmailTextsHttpController,
    UnsubscribeHttpController,
    // session changes
    SessionChangeHandlers,
    // to an organisation's owners: a webhook endpoint disabled
    OwnerNoticeHandlers,
    // the log, read by organisers
    EmailDeliveryLogHttpController,
  ],
  providers: [
    EmailDeliveriesRepository,
    EventProjectionRepository,
    ParticipantProjectionRepository,
    EmailPreferencesRepository,
    OwnerDirectory,
    EmailRenderer,
    EmailComposer,
    MailTransport,
    EmailSender,
    ScheduledMessages,
    UnsubscribeTokens,
    // session changes
    SessionSignUpsRepository,
    SessionChangeFacts,
    // to an organisation's owners
    OwnerNoticeComposer,
    DisabledEndpointsRepository,
    // the log, read by organisers
    EmailDeliveryLogRepository,
  ],
  exports: [EmailSender, ScheduledMessages, EventProjectionRepository],
})
export class EmailModule {}
