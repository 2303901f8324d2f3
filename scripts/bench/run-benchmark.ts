/**
 * How a benchmark script runs to its end: on success, on failure (the error, and the server's
 * last lines when it has a server) and on Ctrl-C or a kill alike, whatever it started (server,
 * browser, database) is stopped before it exits. A benchmark is a measurement: it exits 0
 * whatever its figures, 1 when it crashes, 130 when stopped by a signal and 2 at its hard stop.
 */

/**
 * Set when a signal or the hard stop ends the run: its handler stops everything and exits, and
 * main, which then fails (its database is gone) or ends, must not report a crash or exit first.
 */
let stoppedEarly = false;

export function runBenchmark(options: {
  main: () => Promise<void>;
  /** Stops whatever main started; must not throw, and must cope with main having stopped early. */
  cleanUp: () => Promise<void>;
  /** What cleanUp does, said when a signal stops the run. */
  stopping?: string;
  serverTail?: () => string | undefined;
}): void {
  const { main, cleanUp, serverTail } = options;
  const stopping = options.stopping ?? "stopping the server and deleting the database";
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      stoppedEarly = true;
      console.error(`\n${signal}: ${stopping}…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  main()
    .then(() => (stoppedEarly ? undefined : cleanUp().then(() => process.exit(0))))
    .catch(async (error: unknown) => {
      if (stoppedEarly) return;
      console.error(error);
      const tail = serverTail?.();
      if (tail !== undefined) console.error(`Last lines of the server:\n${tail}`);
      await cleanUp();
      process.exit(1);
    });
}

/**
 * Bounds a run: after `ms`, whatever hangs, `report` says what it can and everything is stopped
 * (exit 2). The timer does not keep the process alive; clear it when the run ends in time.
 */
export function armHardStop(
  ms: number,
  cleanUp: () => Promise<void>,
  report: () => void = () => {},
): NodeJS.Timeout {
  const hardStop = setTimeout(() => {
    stoppedEarly = true;
    console.error(`Hard stop after ${ms / 1000} s: stopping everything.`);
    report();
    void cleanUp().finally(() => process.exit(2));
  }, ms);
  hardStop.unref();
  return hardStop;
}
