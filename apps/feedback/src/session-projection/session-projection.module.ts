import { Module } from '@nestjs/common';
import { SessionProjectionHandler } from './session-projection.handler';
import { SessionProjectionRepository } from './session-projection.repository';

@Module({
  controllers: [SessionProjectionHandler],
  providers: [SessionProjectionRepository],
  exports: [SessionProjectionRepository],
})
export class SessionProjectionModule {}
