import { cloneElement, createContext, useContext, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * A fixed chart width, for surfaces that know their size instead of measuring it: a printed page,
 * or a test environment that lays nothing out. Null (the default) means follow the container.
 */
export const FixedChartWidthContext = createContext<number | null>(null);

/** A Recharts chart that fills its container's width, or takes the fixed width when one is set. */
export function ResponsiveChart({ height, children }: { height: number; children: ReactElement<{ width?: number; height?: number }> }) {
  const fixedWidth = useContext(FixedChartWidthContext);
  if (fixedWidth !== null) return cloneElement(children, { width: fixedWidth, height });
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}
