import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { CreateRegistrationDto } from '../registrations/dto/create-registration.dto';
import type { RegistrationChannel, RegistrationEntity } from '../registrations/registration.entity';

/**
 * A row of a ministry list as the API takes a participant. TEMPORARY: until the registration DTO
 * itself carries `externalReference` (the lifecycle work), the import declares it here; once it
 * does, this class is CreateRegistrationDto and can go.
 */
export class ImportedParticipantDto extends CreateRegistrationDto {
  @ApiPropertyOptional({ example: 'MIN-2024-00017', description: "The ministry system's own id" })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  externalReference?: string;
}

export interface UpsertOutcome {
  registration: RegistrationEntity;
  outcome: 'created' | 'updated' | 'unchanged';
  managementToken?: string;
}

/**
 * What the import needs from the registrations domain: put one participant in place, matched by
 * external reference, else by IIN, else created. Domain refusals (event full, duplicate e-mail)
 * throw a ProblemException. With `manager`, it works inside the caller's transaction (the import
 * runs each row in a savepoint of a batch transaction), else in its own.
 */
export interface ParticipantWriter {
  upsertParticipant(
    dto: ImportedParticipantDto,
    channel: RegistrationChannel,
    options: { matchByIin: boolean; manager?: EntityManager },
  ): Promise<UpsertOutcome>;
}

export const PARTICIPANT_WRITER = Symbol('ParticipantWriter');
