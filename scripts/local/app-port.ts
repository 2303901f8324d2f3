/**
 * The port next will listen on, for the banner: `--port`/`-p` among the arguments (as next reads
 * them), then PORT (which next also honours), then next's default, 3000.
 */
export function appPort(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const index = args.findIndex((arg) => arg === "--port" || arg === "-p");
  return (index >= 0 ? args[index + 1] : undefined) ?? env.PORT ?? "3000";
}
