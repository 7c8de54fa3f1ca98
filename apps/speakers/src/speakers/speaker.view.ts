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

/** What organisers and the speaker themself see: the public profile plus private contact details. */
export function toOrganiserSpeaker(speaker: SpeakerEntity) {
  return {
    ...toPublicSpeaker(speaker),
    email: speaker.email,
    phone: speaker.phone,
    version: speaker.version,
    createdAt: speaker.createdAt.toISOString(),
    updatedAt: speaker.updatedAt.toISOString(),
  };
}

export type PublicSpeaker = ReturnType<typeof toPublicSpeaker>;
export type OrganiserSpeaker = ReturnType<typeof toOrganiserSpeaker>;
