// A caller's way to stop a long computation early. The rules do not yield, so it is asked between them: a newer
// version of a document stops the analysis of an older one within one rule's time, and what was parsed stays. The
// shape of LSP's CancellationToken, so that a request's token fits too.
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Thrown where a computation stopped because its caller asked it to; nothing of it is kept. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled by the caller');
    this.name = 'Cancelled';
  }
}

export function isCancelled(error: unknown): error is Cancelled {
  return error instanceof Cancelled;
}

/** Throws Cancelled when the caller asked to stop. */
export function stopIfCancelled(cancellation: Cancellation | undefined): void {
  if (cancellation?.isCancellationRequested) throw new Cancelled();
}
