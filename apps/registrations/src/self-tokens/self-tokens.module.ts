import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SelfTokenController } from './self-token.controller';

/** Other services' way to learn whose a self-service token is, without holding registrations' secrets. */
@Module({
  imports: [RegistrationsModule],
  controllers: [SelfTokenController],
})
export class SelfTokensModule {}
