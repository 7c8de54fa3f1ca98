/**
 * Changes made by this gateway, told to its own caches at once after commit: the NOTIFY that tells
 * every gateway arrives a few milliseconds later, and the caller's next request must not beat it.
 */
export class LocalCredentialChanges {
  private readonly listeners: ((subject: string) => void)[] = [];

  subscribe(listener: (subject: string) => void): void {
    this.listeners.push(listener);
  }

  announce(subject: string): void {
    for (const listener of this.listeners) listener(subject);
  }
}
