// Every request handler runs inside a guard: an exception (or a rejected promise) is logged and answered with an
// empty result, so one feature's bug never takes the server down or blocks other documents.

/** The one way a failure is logged: which handler, and the stack. */
export function logFailure(log: (message: string) => void, name: string, error: unknown): void {
  log(`activemq-xml: ${name} failed: ${String((error as Error)?.stack ?? error)}`);
}

export function guarded<P extends unknown[], R>(name: string, log: (message: string) => void, empty: R, handler: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          logFailure(log, name, error);
          return empty;
        }) as R;
      }
      return result;
    } catch (error) {
      logFailure(log, name, error);
      return empty;
    }
  };
}
