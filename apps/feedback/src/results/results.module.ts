import { Module } from '@nestjs/common';
import { ResultsHttpController } from './results.http.controller';
import { ResultsRepository } from './results.repository';
import { DEFAULT_MIN_CELL_SIZE, ResultsService } from './results.service';

@Module({})
export class ResultsModule {
  static register(defaultMinCellSize: number) {
    return {
      module: ResultsModule,
      controllers: [ResultsHttpController],
      providers: [
        ResultsRepository,
        ResultsService,
        { provide: DEFAULT_MIN_CELL_SIZE, useValue: defaultMinCellSize },
      ],
      exports: [ResultsService],
    };
  }
}
