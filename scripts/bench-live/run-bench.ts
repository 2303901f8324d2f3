/**
 * How a benchmark script runs to its end: on success, on failure (with the server's last lines)
 * and on Ctrl-C or a kill alike, its server and throwaway database are stopped before it exits.
 */
export function runBench(options: {
  main: () => Promise<void>;
  cleanUp: () => Promise<void>;
  serverTail: () => string | undefined;
}): void {
  const { main, cleanUp, serverTail } = options;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the server and deleting the database…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  main()
    .then(cleanUp)
    .then(
      () => process.exit(0),
      async (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        const tail = serverTail();
        if (tail !== undefined) console.error(`Last lines of the server:\n${tail}`);
        await cleanUp();
        process.exit(1);
      },
    );
}
