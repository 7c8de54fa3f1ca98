import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { InternalRoute } from '@jiyn/auth';
import type { Lang, Multilingual } from '@jiyn/kz';
import { SpeakersService } from '../speakers/speakers.service';

/** What the notifications service needs to write to a speaker, read at send time and not kept there. */
export interface SpeakerContact {
  speakerId: string;
  email: string | null;
  fullName: Multilingual;
  /** The first language the speaker speaks, kk, ru or en: the language written to them. */
  preferredLanguage: Lang;
}

/**
 * Events name speakers by id only: the notifications service asks here, with the internal token, for
 * the address of the speaker it is writing to, when it writes. Never forwarded by the gateway.
 */
@Controller('internal/speakers')
export class SpeakerContactController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get(':id/contact')
  @InternalRoute()
  async contact(@Param('id', ParseUUIDPipe) id: string): Promise<SpeakerContact> {
    const speaker = await this.speakers.get(id);
    return {
      speakerId: speaker.id,
      email: speaker.email,
      fullName: speaker.fullName,
      preferredLanguage: speaker.languages[0] ?? 'ru',
    };
  }
}
