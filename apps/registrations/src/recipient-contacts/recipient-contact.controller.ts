import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { InternalRoute } from '@jiyn/auth';
import type { Lang } from '@jiyn/kz';
import { CheckInKeys } from '../check-in/check-in-keys';
import { formatConfirmationCode } from '../check-in/confirmation-code';
import { RegistrationsService } from '../registrations/registrations.service';

/** What the notifications service needs to write to a participant, read at send time and not kept there. */
export interface RecipientContact {
  registrationId: string;
  eventId: string;
  status: string;
  /** Null once the registration is anonymised (or when it was made without one): nothing is sent. */
  email: string | null;
  fullName: string | null;
  preferredLanguage: Lang;
  confirmationCode: string;
  /** The signed QR token a scanner checks offline (the same the participant's view shows). */
  checkInToken: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
}

/**
 * Events carry no addresses: the notifications service asks here, with the internal token, for the
 * address and language of the one registration it is writing to, when it writes. Never forwarded by
 * the gateway (not in the OpenAPI document).
 */
@Controller('internal/registrations')
export class RecipientContactController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly checkIn: CheckInKeys,
  ) {}

  @Get(':id/contact')
  @InternalRoute()
  async contact(@Param('id', ParseUUIDPipe) id: string): Promise<RecipientContact> {
    const registration = await this.registrations.get(id);
    return {
      registrationId: registration.id,
      eventId: registration.eventId,
      status: registration.status,
      email: registration.anonymisedAt ? null : registration.email,
      fullName: registration.anonymisedAt ? null : registration.fullName,
      preferredLanguage: registration.preferredLanguage,
      // As every view shows it (XXXXX-XXXXX), so the e-mail and the participant's page agree.
      confirmationCode: formatConfirmationCode(registration.confirmationCode),
      checkInToken: this.checkIn.tokenFor(registration),
      waitlistPosition: await this.registrations.waitlistPosition(registration),
      offerExpiresAt: registration.offerExpiresAt?.toISOString() ?? null,
    };
  }
}
