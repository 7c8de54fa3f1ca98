import { Injectable } from '@nestjs/common';
import type { Principal } from '@jiyn/auth';
import { CheckInKeys } from '../check-in/check-in-keys';
import type { RegistrationEntity } from '../registration-core/registration.entity';
import { toRegistrationView, type RegistrationView } from '../registrations/registration.view';
import { RegistrationsEventOwners } from './registrations-event-owners';

/**
 * Registration views for organisers: whether personal data shows unmasked is decided per
 * registration, by the caller's grants on that registration's event and its owning organisation.
 */
@Injectable()
export class RegistrationViews {
  constructor(
    private readonly owners: RegistrationsEventOwners,
    private readonly checkIn: CheckInKeys,
  ) {}

  async one(
    registration: RegistrationEntity,
    principal: Principal,
    options: { consentTerms?: boolean; waitlistPosition?: number | null } = {},
  ): Promise<RegistrationView> {
    const owner = await this.owners.organisationOf(registration.eventId);
    return toRegistrationView(registration, principal, this.checkIn, { ...options, owner });
  }

  async many(
    registrations: readonly RegistrationEntity[],
    principal: Principal,
  ): Promise<RegistrationView[]> {
    const owners = await this.owners.organisationsOf(registrations.map(({ eventId }) => eventId));
    return registrations.map((registration) =>
      toRegistrationView(registration, principal, this.checkIn, { owner: owners.get(registration.eventId) }),
    );
  }
}
