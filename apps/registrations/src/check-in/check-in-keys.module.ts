import { Module } from '@nestjs/common';
import { CheckInKeys } from './check-in-keys';

@Module({ providers: [CheckInKeys], exports: [CheckInKeys] })
export class CheckInKeysModule {}
