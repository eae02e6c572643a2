import { useEffect, useState, type ReactNode } from 'react';

/**
 * Draws its children one frame after it mounts: a screen paints what it is opened for first (the
 * Insights screen's scope chart), and the rest follows in the next frame instead of lengthening the
 * first one.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [isShown, setShown] = useState(false);
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setShown(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return isShown ? children : null;
}
