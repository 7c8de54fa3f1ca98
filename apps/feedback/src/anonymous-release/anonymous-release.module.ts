import { Module } from '@nestjs/common';
import { AnonymousRelease } from './anonymous-release';
import { AnonymousReleaseSweeper } from './anonymous-release.sweeper';

/** Anonymous surveys' answers announced in batches of at least k, not one by one (see AnonymousRelease). */
@Module({
  providers: [AnonymousRelease, AnonymousReleaseSweeper],
  exports: [AnonymousRelease],
})
export class AnonymousReleaseModule {}
