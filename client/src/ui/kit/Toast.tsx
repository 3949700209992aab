import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

const SHOWN_MS = 2_000;
let root: Root | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function toastRoot(): Root {
  if (root) return root;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  return root;
}

/**
 * A short message that needs no answer (保存成功). Announced to screen readers (role status),
 * never blocking a tap: it does not cover the page with a mask.
 */
export const Toast = {
  show({ content, position = 'center', duration = SHOWN_MS }: { content: ReactNode; position?: 'top' | 'center' | 'bottom'; duration?: number }): void {
    clearTimeout(hideTimer);
    toastRoot().render(<div className={`kit-toast kit-toast-${position}`} role="status" data-testid="toast">{content}</div>);
    hideTimer = setTimeout(() => toastRoot().render(null), duration);
  },
};
