import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { eventNotOpen, registrationWindowShut } from '../event-projection/event-problems';
import type { EventProjection } from '../event-projection/event-projection.repository';
import { hasRegionQuotas, type EventSettings } from '../event-projection/event-settings.repository';
import { registrationNotConfirmed } from './registration-problems';
import type { RegistrationEntity } from './registration.entity';

/** Status and registration window; the importer's dry run asks it too. */
export function assertRegistrationOpen(event: EventProjection, now: Date): void {
  if (event.status !== 'published') throw eventNotOpen(event.status);
  const notYet = event.registrationOpensAt && now < event.registrationOpensAt;
  const over = event.registrationClosesAt && now > event.registrationClosesAt;
  if (notYet || over) throw registrationWindowShut(Boolean(notYet));
}

/** What the event's own settings demand of a registration: an IIN, a region when quotas apply. */
export function assertMeetsSettings(
  details: Pick<RegistrationEntity, 'iin' | 'regionCode'>,
  settings: EventSettings,
): void {
  const errors: FieldProblem[] = [];
  if (settings.requireIin && !details.iin) errors.push({ field: 'iin', code: 'requiredByEvent' });
  if (hasRegionQuotas(settings) && !details.regionCode) {
    errors.push({ field: 'regionCode', code: 'requiredByEvent' });
  }
  if (errors.length > 0) throw new ProblemException('validation', { errors });
}

/** Check-in and session sign-ups are for confirmed participants only. */
export function assertConfirmed(registration: RegistrationEntity): void {
  if (registration.status !== 'confirmed') throw registrationNotConfirmed(registration);
}
