import { Module } from '@nestjs/common';
import { SessionChangedConsumer } from './session-changed.consumer';
import { SessionProjectionRepository } from './session-projection.repository';

@Module({
  providers: [SessionProjectionRepository, SessionChangedConsumer],
  exports: [SessionProjectionRepository],
})
export class SessionProjectionModule {}
