import { Fragment } from 'react';

/**
 * Names (people, competencies) shown inline one after another, each in its own `<bdi>`: a name in
 * a right-to-left script, or one holding a bidi control, then cannot reorder its neighbours or the
 * separators between them.
 */
export function IsolatedList({ items, separator }: { items: readonly string[]; separator: string }) {
  return items.map((item, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <bdi>{item}</bdi>
    </Fragment>
  ));
}
