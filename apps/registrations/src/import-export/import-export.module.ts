import { Module } from '@nestjs/common';
import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { RegistrationFormsModule } from '../registration-forms/registration-forms.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { RegistrationsService } from '../registrations/registrations.service';
import { ExportService } from './export.service';
import { ImportBodyParser } from './import-body.parser';
import { ImportExportHttpController } from './import-export.http.controller';
import { ImportService } from './import.service';
import { PARTICIPANT_WRITER } from './participant-writer';

/** Bulk import of ministry participant lists and list exports (CSV, XLSX). */
@Module({
  imports: [RegistrationCoreModule, RegistrationsModule, RegistrationFormsModule, CheckInKeysModule],
  controllers: [ImportExportHttpController],
  providers: [
    ImportService,
    ExportService,
    ImportBodyParser,
    { provide: PARTICIPANT_WRITER, useExisting: RegistrationsService },
  ],
})
export class ImportExportModule {}
