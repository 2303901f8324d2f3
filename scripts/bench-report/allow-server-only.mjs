// Lets a benchmark load `server-only` modules outside React Server Components without the
// react-server condition, which would also switch next-intl to its RSC entry (that one needs
// Next's bundler). Next does the same for route handlers; vitest aliases it for the tests.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
