import { Module } from '@nestjs/common';
import { RegistrationChangesHttpController } from './registration-changes.http.controller';
import { RegistrationChangesRepository } from './registration-changes.repository';

@Module({
  controllers: [RegistrationChangesHttpController],
  providers: [RegistrationChangesRepository],
})
export class RegistrationChangesModule {}
