import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { AnsweringRepository } from './answering.repository';
import { AnsweringService } from './answering.service';
import { ParticipantTokens } from './participant-tokens';
import { SelfSurveysHttpController } from './self-surveys.http.controller';

/** Participants answering surveys with their self-service token (issue 14). */
@Module({
  imports: [AttendanceModule],
  controllers: [SelfSurveysHttpController],
  providers: [AnsweringService, AnsweringRepository, ParticipantTokens],
})
export class AnsweringModule {}
