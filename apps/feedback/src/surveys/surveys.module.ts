import { Module } from '@nestjs/common';
import { AnonymousReleaseModule } from '../anonymous-release/anonymous-release.module';
import { SessionProjectionModule } from '../session-projection/session-projection.module';
import { SurveyWindowSweeper } from './survey-window.sweeper';
import { SurveysHttpController } from './surveys.http.controller';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';

/** Organisers' surveys and knowledge tests: drafts, templates, publication, the window sweeper. */
@Module({
  imports: [SessionProjectionModule, AnonymousReleaseModule],
  controllers: [SurveysHttpController],
  providers: [SurveysService, SurveysRepository, SurveyWindowSweeper],
  exports: [SurveysService, SurveysRepository],
})
export class SurveysModule {}
