/**
 * The `default` of a switch that must name every case: a kind added to the union later makes the
 * call a type error, so no renderer or form can silently forget it.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
