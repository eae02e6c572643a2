/** Arrays nested `depth` levels deep around `inner`, as JSON text (`JSON.stringify` cannot write them). */
export function nestedArrays(depth: number, inner = ''): string {
  return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
}

/** The refusal for a file nested `depth` levels deep. */
export function nestingProblem(depth: number): string {
  return `This file is nested ${depth.toLocaleString('en-US')} levels deep; Scope Journal reads files nested at most 64 levels deep.`;
}
