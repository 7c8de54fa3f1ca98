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
import { ScheduledMessages } from './scheduled-messages';
import { SessionChangeFacts } from './session-changes/session-change-facts';
import { SessionChangeHandlers } from './session-changes/session-change.handlers';
import { SessionSignUpsRepository } from './session-changes/session-sign-ups.repository';
import { EmailRenderer } from './templates/email-renderer';
import { UnsubscribeHttpController } from './unsubscribe.http.controller';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** E-mail to participants and speakers: queued from Kafka, sent over SMTP, logged per message. */
@Module({
  controllers: [
    EmailEventHandlers,
    EmailTextsHttpController,
    UnsubscribeHttpController,
    // session changes
    SessionChangeHandlers,
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
    // the log, read by organisers
    EmailDeliveryLogRepository,
  ],
  exports: [EmailSender, ScheduledMessages, EventProjectionRepository],
})
export class EmailModule {}
