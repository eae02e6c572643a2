/** Numbers and counts in the app's messages, the same in every locale. */

/** `200,000` for 200000. */
export function describedNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** `1 photo` or `3 photos`. */
export function counted(count: number, singular: string, plural: string): string {
  return `${describedNumber(count)} ${count === 1 ? singular : plural}`;
}
