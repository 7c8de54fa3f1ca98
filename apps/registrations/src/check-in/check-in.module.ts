import { Module } from '@nestjs/common';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { SessionSignUpsModule } from '../session-sign-ups/session-sign-ups.module';
import { CheckInKeyHttpController } from './check-in-key.http.controller';
import { CheckInKeysModule } from './check-in-keys.module';
import { CheckInsHttpController } from './check-ins.http.controller';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsService } from './check-ins.service';

@Module({
  imports: [RegistrationCoreModule, CheckInKeysModule, SessionSignUpsModule],
  controllers: [CheckInsHttpController, CheckInKeyHttpController],
  providers: [CheckInsService, CheckInsRepository],
})
export class CheckInModule {}
