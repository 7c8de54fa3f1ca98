import {
  notePersonalDataDisclosed,
  seesPersonalData,
  type PersonalDataKind,
  type Principal,
} from '@jiyn/auth';
import { maskEmail, maskIin, maskPhone } from '@jiyn/kz';
import type { CheckInKeys } from '../check-in/check-in-keys';
import { formatConfirmationCode } from '../check-in/confirmation-code';
import type { Answers, ConsentRecord } from '../registration-core/participant-data';
import type { RegistrationEntity } from '../registration-core/registration.entity';

export interface RegistrationView {
  id: string;
  eventId: string;
  status: string;
  fullName: string | null;
  email: string | null;
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
  /**
   * While waitlisted, in a single registration's view: 1 for the next in line. A region whose quota
   * is full may let later ones in a region with room go first.
   */
  waitlistPosition?: number | null;
  /** While offered: when the held seat passes on. */
  offerExpiresAt: string | null;
  /** Only for organisers, once rejected. */
  rejectionReason?: string | null;
  /** The short code for the door, `XXXXX-XXXXX`. */
  confirmationCode: string;
  /** The QR payload: a signed token scanners verify offline with the published key. */
  checkInToken: string;
  answers: Answers;
  /** The terms themselves only in a single registration's view (GET /registrations/:id): they are long. */
  consent: ConsentRecord | ConsentSummary | null;
  /** Set once the personal data was erased; the row then keeps only statistics. */
  anonymisedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What lists and write answers show of the consent record: which text, when, through which channel. */
export type ConsentSummary = Omit<ConsentRecord, 'terms'> & { operatorBin: string | null };

function consentSummary(record: ConsentRecord): ConsentSummary {
  const { terms, ...summary } = record;
  return { ...summary, operatorBin: terms.operatorBin };
}

/**
 * IIN, phone and what the IIN reveals (sex, birth date) are masked unless the caller may see personal
 * data of this registration's event: `owner` is the organisation owning it (RegistrationViews looks
 * it up); without one everything stays masked.
 */
export function toRegistrationView(
  registration: RegistrationEntity,
  principal: Principal,
  checkIn: CheckInKeys,
  {
    owner,
    consentTerms = false,
    waitlistPosition,
  }: { owner?: string; consentTerms?: boolean; waitlistPosition?: number | null } = {},
): RegistrationView {
  const personal =
    owner !== undefined &&
    seesPersonalData(principal, { organisationId: owner, eventId: registration.eventId });
  if (personal) notePersonalDataDisclosed(principal, ...unmaskedKinds(registration));
  return {
    id: registration.id,
    eventId: registration.eventId,
    status: registration.status,
    fullName: registration.fullName,
    email: registration.email && !personal ? maskEmail(registration.email) : registration.email,
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
    ...(waitlistPosition === undefined ? {} : { waitlistPosition }),
    offerExpiresAt:
      registration.status === 'offered' ? (registration.offerExpiresAt?.toISOString() ?? null) : null,
    ...(principal.kind !== 'anonymous' ? { rejectionReason: registration.rejectionReason } : {}),
    confirmationCode: formatConfirmationCode(registration.confirmationCode),
    checkInToken: checkIn.tokenFor(registration),
    answers: registration.answers ?? {},
    consent: !registration.consent
      ? null
      : consentTerms
        ? registration.consent
        : consentSummary(registration.consent),
    anonymisedAt: registration.anonymisedAt ? registration.anonymisedAt.toISOString() : null,
    version: registration.version,
    createdAt: registration.createdAt.toISOString(),
    updatedAt: registration.updatedAt.toISOString(),
  };
}

/** What the personal-data scope unmasks in this registration, for the gateway's audit log. */
function unmaskedKinds(registration: RegistrationEntity): PersonalDataKind[] {
  const kinds: PersonalDataKind[] = [];
  if (registration.iin) kinds.push('iin');
  if (registration.phone) kinds.push('phone');
  if (registration.email) kinds.push('email');
  if (registration.birthDate) kinds.push('birth-date');
  return kinds;
}
