import { Injectable } from '@nestjs/common';

/** The time sessions, lockouts and TOTP are judged by; one place, so tests can move it instead of waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
