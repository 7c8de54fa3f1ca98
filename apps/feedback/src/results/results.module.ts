import { Module, type DynamicModule } from '@nestjs/common';
import { ResultsHttpController } from './results.http.controller';
import { ResultsRepository } from './results.repository';
import { DEFAULT_MIN_CELL_SIZE, ResultsService } from './results.service';
import { SelfSpeakerResultsHttpController } from './self-speaker-results.http.controller';
import { SPEAKER_TOKEN_SETTINGS, SpeakerTokens, type SpeakerTokenSettings } from './speaker-tokens';

@Module({})
export class ResultsModule {
  static register(defaultMinCellSize: number, speakers: SpeakerTokenSettings): DynamicModule {
    return {
      module: ResultsModule,
      controllers: [ResultsHttpController, SelfSpeakerResultsHttpController],
      providers: [
        ResultsRepository,
        ResultsService,
        SpeakerTokens,
        { provide: DEFAULT_MIN_CELL_SIZE, useValue: defaultMinCellSize },
        { provide: SPEAKER_TOKEN_SETTINGS, useValue: speakers },
      ],
      exports: [ResultsService],
    };
  }
}
