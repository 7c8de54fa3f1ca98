import { Module } from '@nestjs/common';
import { AttendanceHandler } from './attendance.handler';
import { AttendanceRepository } from './attendance.repository';

@Module({
  controllers: [AttendanceHandler],
  providers: [AttendanceRepository],
  exports: [AttendanceRepository],
})
export class AttendanceModule {}
