import { useEffect, useRef, useState, type ReactNode } from 'react';
import { plainTextOf, type RichText } from '../../../shared/model/rich-text';

interface Props {
  labelledBy: string;
  preview: RichText;
  /** Renders the editor; `focusOnMount` is true when the user activated the placeholder. */
  children: (focusOnMount: boolean) => ReactNode;
}

/**
 * Mounts a rich-text editor only when it comes near the viewport (or gets
 * focus): opening a 60-item meeting must not build thousands of paragraphs
 * of editor DOM that nobody looks at yet. Until then a plain-text preview
 * of the right height stands in, reachable by Tab.
 */
export function LazyMount({ labelledBy, preview, children }: Props) {
  const [mounted, setMounted] = useState<'no' | 'visible' | 'focused'>('no');
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = placeholder.current;
    if (mounted !== 'no' || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setMounted('visible');
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [mounted]);

  if (mounted !== 'no') return <>{children(mounted === 'focused')}</>;
  const text = plainTextOf(preview.root);
  return (
    <div
      ref={placeholder}
      className="rt-field rt-placeholder"
      role="textbox"
      aria-multiline="true"
      aria-labelledby={labelledBy}
      tabIndex={0}
      onFocus={() => setMounted('focused')}
    >
      {text.slice(0, 2000)}
    </div>
  );
}
