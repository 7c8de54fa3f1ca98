/**
 * A problem with local infrastructure that a developer can fix (missing tool, busy port, failed download).
 * The message is the whole story, so the stack is dropped: printing `err.stack` or letting it go uncaught
 * shows one readable line instead of frames from this tooling.
 */
export class InfraError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InfraError';
    this.stack = `${this.name}: ${message}`;
  }
}

export function isInfraError(err: unknown): err is InfraError {
  return err instanceof InfraError;
}
