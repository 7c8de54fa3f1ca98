import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a feature does, in the ending's own transaction, when a registration ends. */
export type OnRegistrationEnded = (manager: EntityManager, registrationId: string) => Promise<unknown>;

/**
 * Features that keep something per registration (session sign-ups and their seats) hook in here
 * to end it with the registration, in the same transaction — so the core never imports them.
 * Registered as the feature's provider is created; run in the order registered.
 */
@Injectable()
export class RegistrationEndings {
  private readonly hooks: { name: string; run: OnRegistrationEnded }[] = [];

  register(name: string, run: OnRegistrationEnded): void {
    if (this.hooks.some((hook) => hook.name === name))
      throw new Error(`registration ending ${name} registered twice`);
    this.hooks.push({ name, run });
  }

  /** Names of the hooks registered, for a start-up check. */
  registered(): string[] {
    return this.hooks.map((hook) => hook.name);
  }

  async ended(manager: EntityManager, registrationId: string): Promise<void> {
    for (const hook of this.hooks) await hook.run(manager, registrationId);
  }
}
