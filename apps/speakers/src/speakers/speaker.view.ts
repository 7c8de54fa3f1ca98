import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { notePersonalDataDisclosed, seesPersonalData, type Principal } from '@jiyn/auth';
import { maskPhone, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import { renderBiographies } from './biography';
import { SpeakerLinkDto } from './dto/create-speaker.dto';
import type { SpeakerEntity } from './speaker.entity';

const SPEAKER_ID_EXAMPLE = '0192f0c4-7f3a-7cc2-9a4e-5b8f1d2e3a4b';

/** What anyone may see of a speaker, e.g. next to a published session. Never contact details. */
@ApiSchema({ name: 'PublicSpeaker', description: 'A speaker’s public profile: never contact details.' })
export class PublicSpeaker {
  @ApiProperty({ format: 'uuid', example: SPEAKER_ID_EXAMPLE }) id!: string;
  @ApiProperty({ type: MultilingualTextDto }) fullName!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto, description: 'Job title, per language' })
  position!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto, description: 'Where the speaker works, per language' })
  organisation!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto, description: 'The Markdown source, per language' })
  biography!: MultilingualTextDto;
  @ApiProperty({
    type: MultilingualTextDto,
    description: 'The biography rendered and sanitised, per language: safe to insert into a page',
  })
  biographyHtml!: MultilingualTextDto;
  @ApiProperty({
    type: String,
    format: 'uri',
    nullable: true,
    example: 'https://cdn.example.kz/speakers/asanova.jpg',
  })
  photoUrl!: string | null;
  @ApiProperty({ type: SpeakerLinkDto, isArray: true }) links!: SpeakerLinkDto[];
  @ApiProperty({
    enum: SUPPORTED_LANGUAGES,
    enumName: 'SpeakerLanguage',
    isArray: true,
    example: ['kk', 'ru'],
  })
  languages!: Lang[];
}

/**
 * What organisers and the speaker themself see: the public profile plus contact details, masked
 * (`a***@example.kz`, `+7 7** *** ** 78`) unless the caller may see personal data there.
 */
@ApiSchema({ name: 'Speaker' })
export class OrganiserSpeaker extends PublicSpeaker {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The owning organisation; null only for profiles from before organisations',
  })
  organisationId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Private. Masked (`a***@example.kz`) unless the caller may see personal data',
    example: 'a.asanova@example.kz',
  })
  email!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Private. Masked unless the caller may see personal data',
    example: '+77011234567',
  })
  phone!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Grows with every change', example: 1 })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export function toPublicSpeaker(speaker: SpeakerEntity): PublicSpeaker {
  return {
    id: speaker.id,
    fullName: speaker.fullName,
    position: speaker.position,
    organisation: speaker.organisation,
    /** The Markdown source, per language. */
    biography: speaker.biography,
    /** The biography rendered and sanitised, per language: safe to insert into a page. */
    biographyHtml: renderBiographies(speaker.biography),
    photoUrl: speaker.photoUrl,
    links: speaker.links,
    languages: speaker.languages,
  };
}

/**
 * What organisers and the speaker themself see: the public profile plus contact details, masked
 * unless `contacts` is 'unmasked' (the speaker themself, or a caller with personal data there).
 */
export function toOrganiserSpeaker(
  speaker: SpeakerEntity,
  contacts: 'unmasked' | 'masked',
): OrganiserSpeaker {
  const unmasked = contacts === 'unmasked';
  return {
    ...toPublicSpeaker(speaker),
    organisationId: speaker.organisationId,
    email: speaker.email && !unmasked ? maskEmail(speaker.email) : speaker.email,
    phone: speaker.phone && !unmasked ? maskPhone(speaker.phone) : speaker.phone,
    version: speaker.version,
    createdAt: speaker.createdAt.toISOString(),
    updatedAt: speaker.updatedAt.toISOString(),
  };
}

/**
 * The organiser view for this caller: contacts unmasked only with personal data on the speaker's
 * organisation, and then the answer is marked for the gateway's audit log.
 */
export function speakerViewFor(speaker: SpeakerEntity, principal: Principal): OrganiserSpeaker {
  const unmasked =
    speaker.organisationId !== null &&
    seesPersonalData(principal, { organisationId: speaker.organisationId });
  if (unmasked && (speaker.email || speaker.phone)) notePersonalDataDisclosed(principal, 'contacts');
  return toOrganiserSpeaker(speaker, unmasked ? 'unmasked' : 'masked');
}

/** `a***@example.kz`: enough to tell two addresses apart on the phone, not enough to write to. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}
