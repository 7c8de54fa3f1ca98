import { Module } from '@nestjs/common';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { SessionChangedConsumer } from './session-changed.consumer';
import { SessionProjectionRepository } from './session-projection.repository';
import { SessionSignUpsHttpController } from './session-sign-ups.http.controller';
import { SessionSignUpsRepository } from './session-sign-ups.repository';
import { SessionSignUpsService } from './session-sign-ups.service';

@Module({
  imports: [RegistrationCoreModule],
  controllers: [SessionSignUpsHttpController],
  providers: [
    SessionProjectionRepository,
    SessionSignUpsRepository,
    SessionSignUpsService,
    SessionChangedConsumer,
  ],
  exports: [SessionProjectionRepository, SessionSignUpsRepository, SessionSignUpsService],
})
export class SessionSignUpsModule {}
