// Every request handler runs inside a guard: an exception is logged and answered with an empty result, so one
// feature's bug never takes the server down or blocks other documents.

export function guarded<P extends unknown[], R>(name: string, log: (message: string) => void, empty: R, handler: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
    try {
      return handler(...args);
    } catch (error) {
      log(`activemq-xml: ${name} failed: ${String((error as Error)?.stack ?? error)}`);
      return empty;
    }
  };
}
