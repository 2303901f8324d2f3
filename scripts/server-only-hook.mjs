/**
 * `node --import` hook for scripts that load the app's server modules outside Next without
 * React's server build (bench:report renders React to HTML, which needs the client build):
 * `server-only` resolves to an empty module, as it does under `--conditions=react-server`.
 */
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
