import { PartialType } from '@nestjs/swagger';
import { CreateSpeakerDto } from './create-speaker.dto';

/**
 * A partial update: fields left out stay as they are; `null` clears photoUrl, email and phone. A
 * multilingual field given replaces all its languages.
 */
export class UpdateSpeakerDto extends PartialType(CreateSpeakerDto) {}
