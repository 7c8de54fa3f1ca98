import type { SpeakerEntity } from './speaker.entity';

/** What anyone may see of a speaker, e.g. next to a published session. */
export function toPublicSpeaker(speaker: SpeakerEntity) {
  return {
    id: speaker.id,
    fullName: speaker.fullName,
    position: speaker.position,
    organisation: speaker.organisation,
    biography: speaker.biography,
    languages: speaker.languages,
  };
}

/** What organisers see: the public profile plus private contact details. */
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
