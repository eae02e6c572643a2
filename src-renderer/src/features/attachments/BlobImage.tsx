import { useCallback, type ImgHTMLAttributes } from 'react';

/**
 * An image shown from a stored Blob through a `blob:` URL made for this element and revoked when
 * it goes (or the Blob changes). Such a URL is the page's own: the policy lets images load from it,
 * and an image (never SVG here: it is refused when attached) can run no script.
 */
export function BlobImage({ blob, ...image }: { blob: Blob } & Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'>) {
  const show = useCallback(
    (element: HTMLImageElement | null) => {
      if (element === null) return;
      const url = URL.createObjectURL(blob);
      element.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
  return <img ref={show} {...image} />;
}
