import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

const roots = new WeakMap<Element | DocumentFragment, Root>();

/**
 * antd-mobile 5 renders Toast and Dialog.confirm with ReactDOM.render, which React 19 removed
 * ("f is not a function" on the first toast). This gives it React 19's createRoot instead, as its
 * v5-for-19 guide says. Call once, before anything shows a toast or a dialog.
 */
export function installImperativeRender(): void {
  unstableSetRender((node, container) => {
    const root = roots.get(container) ?? createRoot(container);
    roots.set(container, root);
    root.render(node);
    return async () => {
      // Unmounting inside React's own render pass is not allowed: wait for it to finish.
      await new Promise((resolve) => setTimeout(resolve, 0));
      root.unmount();
      roots.delete(container);
    };
  });
}
