import { Module } from '@nestjs/common';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { SessionProjectionHandler } from './session-projection.handler';
import { SessionProjectionRepository } from './session-projection.repository';
import { SessionSignUpsHttpController } from './session-sign-ups.http.controller';
import { SessionSignUpsRepository } from './session-sign-ups.repository';
import { SessionSignUpsService } from './session-sign-ups.service';

@Module({
  imports: [RegistrationCoreModule],
  controllers: [SessionSignUpsHttpController, SessionProjectionHandler],
  providers: [SessionProjectionRepository, SessionSignUpsRepository, SessionSignUpsService],
  exports: [SessionProjectionRepository, SessionSignUpsRepository, SessionSignUpsService],
})
export class SessionSignUpsModule {}
