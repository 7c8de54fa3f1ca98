import { hasScope, type Principal } from '@jiyn/auth';
import { maskIin, maskPhone } from '@jiyn/kz';
import type { RegistrationEntity } from './registration.entity';

export interface RegistrationView {
  id: string;
  eventId: string;
  status: string;
  fullName: string;
  email: string;
  phone: string | null;
  iin: string | null;
  sex: string | null;
  birthDate: string | null;
  regionCode: string | null;
  organisation: string | null;
  position: string | null;
  preferredLanguage: string;
  channel: string;
  externalReference: string | null;
  /** When it joined the waitlist (FIFO order), while waitlisted. */
  waitlistedAt: string | null;
  /** While offered: when the held seat passes on. */
  offerExpiresAt: string | null;
  /** Only for organisers, once rejected. */
  rejectionReason?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** IIN, phone and what the IIN reveals (sex, birth date) are masked unless the caller may see personal data. */
export function toRegistrationView(registration: RegistrationEntity, principal: Principal): RegistrationView {
  const personal = hasScope(principal, 'personal-data');
  return {
    id: registration.id,
    eventId: registration.eventId,
    status: registration.status,
    fullName: registration.fullName,
    email: registration.email,
    phone: registration.phone && !personal ? maskPhone(registration.phone) : registration.phone,
    iin: registration.iin && !personal ? maskIin(registration.iin) : registration.iin,
    sex: personal ? registration.sex : null,
    birthDate: personal ? registration.birthDate : null,
    regionCode: registration.regionCode,
    organisation: registration.organisation,
    position: registration.position,
    preferredLanguage: registration.preferredLanguage,
    channel: registration.channel,
    externalReference: registration.externalReference,
    waitlistedAt:
      registration.status === 'waitlisted' ? (registration.waitlistedAt?.toISOString() ?? null) : null,
    offerExpiresAt:
      registration.status === 'offered' ? (registration.offerExpiresAt?.toISOString() ?? null) : null,
    ...(principal.kind === 'admin-key' ? { rejectionReason: registration.rejectionReason } : {}),
    version: registration.version,
    createdAt: registration.createdAt.toISOString(),
    updatedAt: registration.updatedAt.toISOString(),
  };
}
