/**
 * The default of a switch over a union: the type checker rejects the call when a case is missing,
 * so a renderer cannot silently forget a kind of block.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled kind: ${JSON.stringify(value)}`);
}
