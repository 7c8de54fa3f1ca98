import type { CreateRegistrationDto } from '../registrations/dto/create-registration.dto';
import type { RegistrationChannel, RegistrationEntity } from '../registration-core/registration.entity';
import type { UpsertOptions, UpsertResult } from '../registrations/registrations.service';

/**
 * What the import needs from the registrations domain (RegistrationsService provides it): put one
 * participant in place — matched by external reference, else by IIN, else created — and tell
 * whether a row would change a registration. Domain refusals (event full, e-mail taken) throw a
 * ProblemException. With `manager`, the write runs in the caller's transaction (the import runs
 * its rows in batch transactions), else in its own; with `match`, the caller has already looked
 * for the active registration (null: there is none), for a whole batch in one query; `shared`
 * lets it read the event and its settings once per batch transaction.
 */
export interface ParticipantWriter {
  upsertParticipant(
    dto: CreateRegistrationDto,
    channel: RegistrationChannel,
    options: UpsertOptions,
  ): Promise<UpsertResult>;
  wouldChange(current: RegistrationEntity, dto: CreateRegistrationDto): boolean;
}

export const PARTICIPANT_WRITER = Symbol('ParticipantWriter');
