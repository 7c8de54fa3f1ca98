import { PartialType } from '@nestjs/swagger';
import { SpeakerProfileDto } from './create-speaker.dto';

/**
 * A partial update: fields left out stay as they are; `null` clears photoUrl, email and phone. A
 * multilingual field given replaces all its languages. The owning organisation never changes here.
 */
export class UpdateSpeakerDto extends PartialType(SpeakerProfileDto) {}
