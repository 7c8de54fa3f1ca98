import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { Module } from '@nestjs/common';
import { RegistrationChangesHttpController } from './registration-changes.http.controller';
import { RegistrationChangesRepository } from './registration-changes.repository';

@Module({
  imports: [CheckInKeysModule],
  controllers: [RegistrationChangesHttpController],
  providers: [RegistrationChangesRepository],
})
export class RegistrationChangesModule {}
