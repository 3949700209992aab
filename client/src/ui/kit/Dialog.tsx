import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

interface DialogProps {
  title?: ReactNode;
  content: ReactNode;
  confirmText?: ReactNode;
  cancelText?: ReactNode;
  /** Runs when confirmed; the dialog stays open (confirm busy) until it settles. */
  onConfirm?: () => unknown;
}

const english = () => document.documentElement.lang.startsWith('en');

function ModalDialog({ title, content, confirmText, cancelText, onConfirm, withCancel, onClose }: DialogProps & { withCancel: boolean; onClose: (confirmed: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  // showModal: the page behind is inert, focus moves in and Esc cancels, all by the browser.
  useEffect(() => ref.current?.showModal(), []);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm?.();
    } finally {
      onClose(true);
    }
  };
  return (
    <dialog ref={ref} className="kit-dialog" onCancel={(event) => { event.preventDefault(); if (!busy) onClose(false); }}>
      {title ? <h2 className="kit-dialog-title">{title}</h2> : null}
      <div className="kit-dialog-content">{content}</div>
      <div className="kit-dialog-actions">
        {withCancel ? <button type="button" className="kit-dialog-button" disabled={busy} onClick={() => onClose(false)}>{cancelText ?? (english() ? 'Cancel' : '取消')}</button> : null}
        <button type="button" className="kit-dialog-button kit-dialog-confirm" disabled={busy} aria-busy={busy || undefined} onClick={() => void confirm()}>
          {confirmText ?? (english() ? 'OK' : '确定')}
        </button>
      </div>
    </dialog>
  );
}

function open(props: DialogProps, withCancel: boolean): Promise<boolean> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return new Promise((resolve) => {
    const onClose = (confirmed: boolean) => {
      resolve(confirmed);
      // Not inside React's own event handling: unmount once it has finished.
      setTimeout(() => {
        root.unmount();
        container.remove();
      }, 0);
    };
    root.render(<ModalDialog {...props} withCancel={withCancel} onClose={onClose} />);
  });
}

/** A modal question (confirm: true when confirmed) or notice (alert). */
export const Dialog = {
  confirm: (props: DialogProps): Promise<boolean> => open(props, true),
  alert: async (props: Omit<DialogProps, 'cancelText'>): Promise<void> => {
    await open(props, false);
  },
};
