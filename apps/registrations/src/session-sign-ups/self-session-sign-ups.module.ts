import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SelfSessionSignUpsHttpController } from './self-session-sign-ups.http.controller';
import { SessionSignUpsModule } from './session-sign-ups.module';

/**
 * Apart from SessionSignUpsModule so the registrations module can import that one (to release
 * sign-ups on cancellation) while this one borrows the registrations module's token check.
 */
@Module({
  imports: [RegistrationsModule, SessionSignUpsModule],
  controllers: [SelfSessionSignUpsHttpController],
})
export class SelfSessionSignUpsModule {}
