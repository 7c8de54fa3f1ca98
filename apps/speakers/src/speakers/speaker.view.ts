import { notePersonalDataDisclosed, seesPersonalData, type Principal } from '@jiyn/auth';
import { maskPhone } from '@jiyn/kz';
import { renderBiographies } from './biography';
import type { SpeakerEntity } from './speaker.entity';

/** What anyone may see of a speaker, e.g. next to a published session. Never contact details. */
export function toPublicSpeaker(speaker: SpeakerEntity) {
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
export function toOrganiserSpeaker(speaker: SpeakerEntity, contacts: 'unmasked' | 'masked') {
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

export type PublicSpeaker = ReturnType<typeof toPublicSpeaker>;
export type OrganiserSpeaker = ReturnType<typeof toOrganiserSpeaker>;

/** `a***@example.kz`: enough to tell two addresses apart on the phone, not enough to write to. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}
