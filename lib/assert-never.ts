/**
 * The last branch of a `switch` over a union (a WISE model, an export dataset, …): TypeScript
 * accepts the call only when every member has its own `case`, so adding a member to the union
 * breaks the build at each switch that forgot it. Reaching it at run time means a value from
 * outside the type (a stale client, a cast) and is a programming error.
 */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
