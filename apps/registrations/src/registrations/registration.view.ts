import {
  notePersonalDataDisclosed,
  seesPersonalData,
  type PersonalDataKind,
  type Principal,
} from '@jiyn/auth';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { REGISTRATION_CHANNELS, REGISTRATION_STATUSES } from '@jiyn/contracts';
import { maskEmail, maskIin, maskPhone, SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { PageOf } from '@jiyn/persistence';
import type { CheckInKeys } from '../check-in/check-in-keys';
import { formatConfirmationCode } from '../check-in/confirmation-code';
import { ConsentTermsView } from '../registration-core/consent-terms.view';
import type { Answers, ConsentRecord } from '../registration-core/participant-data';
import type { RegistrationEntity } from '../registration-core/registration.entity';

/** A stored answer: text, number, option value, option values, boolean or `YYYY-MM-DD`. */
export const ANSWER_VALUE = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: { type: 'string' } },
  ],
};

/** The answers to the event's own questions, keyed by question key. */
export const ANSWERS_SCHEMA = {
  type: 'object' as const,
  additionalProperties: ANSWER_VALUE,
  example: { department: 'culture', years_in_service: 4 },
  description: "Answers to the event's own questions, keyed by question key",
};

/**
 * The consent a registration keeps. In a single registration's view (and the participant's own) it
 * carries the accepted `terms` in full; lists and write answers show `operatorBin` instead of them.
 */
@ApiSchema({ name: 'RegistrationConsent' })
export class RegistrationConsentView {
  @ApiProperty({ enum: [true] })
  accepted!: true;

  @ApiProperty({ example: 'default-1' })
  textVersion!: string;

  @ApiProperty({ format: 'date-time' })
  givenAt!: string;

  @ApiProperty({ enum: REGISTRATION_CHANNELS, enumName: 'RegistrationChannel' })
  channel!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    pattern: '^\\d{12}$',
    description: 'Without `terms`: BIN of the operator the consent was given to',
  })
  operatorBin?: string | null;

  @ApiProperty({ type: ConsentTermsView, required: false, description: 'The terms as accepted' })
  terms?: ConsentTermsView;
}

/**
 * A registration as the API shows it. IIN, phone and e-mail are masked, and sex and birth date
 * null, unless the caller may see this event's personal data.
 */
@ApiSchema({ name: 'Registration' })
export class RegistrationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus', example: 'confirmed' })
  status!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Айгерім Сәрсенова',
    description: 'null once anonymised',
  })
  fullName!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'aigerim@akimat.kz',
    description: 'Masked (`a***@akimat.kz`) without the personal-data scope; null once anonymised',
  })
  email!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '+77011234567',
    description: 'Masked without the personal-data scope',
  })
  phone!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '900101399030',
    description: 'Masked without the personal-data scope',
  })
  iin!: string | null;

  @ApiProperty({
    type: String,
    enum: ['male', 'female', null],
    enumName: 'RegistrationSex',
    nullable: true,
    description: 'Only with the personal-data scope',
  })
  sex!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Only with the personal-data scope',
  })
  birthDate!: string | null;

  @ApiProperty({ type: String, nullable: true, pattern: '^KZ-\\d{2}$', example: 'KZ-71' })
  regionCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  organisation!: string | null;

  @ApiProperty({ type: String, nullable: true })
  position!: string | null;

  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'RegistrationLanguage' })
  preferredLanguage!: string;

  @ApiProperty({ enum: REGISTRATION_CHANNELS, enumName: 'RegistrationChannel' })
  channel!: string;

  @ApiProperty({ type: String, nullable: true, example: 'MCS-2024-000123' })
  externalReference!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it joined the waitlist (FIFO order), while waitlisted',
  })
  waitlistedAt!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    required: false,
    minimum: 1,
    description:
      'Only in a single registration’s view, while waitlisted: 1 for the next in line. A region whose quota is full may let later ones in a region with room go first.',
  })
  waitlistPosition?: number | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'While offered: when the held seat passes on',
  })
  offerExpiresAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    description: 'Only for organisers, once rejected',
  })
  rejectionReason?: string | null;

  @ApiProperty({
    pattern: '^[0-9A-Z]{5}-[0-9A-Z]{5}$',
    example: 'ABCDE-23456',
    description: 'The short code for the door',
  })
  confirmationCode!: string;

  @ApiProperty({
    pattern: '^c1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
    description: 'The QR payload: a signed token scanners verify offline with the published key',
  })
  checkInToken!: string;

  @ApiProperty(ANSWERS_SCHEMA)
  answers!: Answers;

  @ApiProperty({
    type: RegistrationConsentView,
    nullable: true,
    description:
      'The terms themselves only in a single registration’s view; null only on rows older than consent',
  })
  consent!: ConsentRecord | ConsentSummary | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set once the personal data was erased; the row then keeps only statistics',
  })
  anonymisedAt!: string | null;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Grows with every change' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

/** A new registration, with the token that manages it: shown this once. */
@ApiSchema({ name: 'RegistrationWithManagementToken' })
export class RegistrationWithTokenView extends RegistrationView {
  @ApiProperty({
    description:
      'The participant’s management token (`Authorization: Bearer …` on the self-service routes); only when the registration was created',
  })
  managementToken!: string;
}

export const RegistrationPage = PageOf(RegistrationView, 'RegistrationPage');

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
