/**
 * The organisations owning events, remembered once known. An event's owner is set when it is created
 * and never changes (no route moves an event to another organisation), so a remembered owner is never
 * stale; an event without one yet is not remembered, and asked again next time. Bounded: the oldest
 * entries go first.
 */
export class KnownOwners {
  private readonly owners = new Map<string, string>();

  constructor(private readonly capacity = 10_000) {}

  get(eventId: string): string | undefined {
    return this.owners.get(eventId);
  }

  remember(eventId: string, organisationId: string | undefined): void {
    if (organisationId === undefined || this.owners.has(eventId)) return;
    if (this.owners.size >= this.capacity) {
      const oldest = this.owners.keys().next().value;
      if (oldest !== undefined) this.owners.delete(oldest);
    }
    this.owners.set(eventId, organisationId);
  }
}
