import type { HTMLAttributes, KeyboardEvent, ReactNode } from 'react';

export function List({ className, children, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div {...rest} className={['kit-list', className ?? ''].filter(Boolean).join(' ')}>{children}</div>;
}

export interface ListItemProps extends Omit<HTMLAttributes<HTMLDivElement>, 'prefix'> {
  /** Right-hand text (a value, a count). */
  extra?: ReactNode;
  /** A second, quieter line under the main text. */
  description?: ReactNode;
  /** true: a chevron saying "opens"; a node: that instead. */
  arrowIcon?: boolean | ReactNode;
  prefix?: ReactNode;
}

const activateOnKey = (onClick: ListItemProps['onClick']) => (event: KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  onClick?.(event as never);
};

/** A row of a list. A row that opens something is a button to the keyboard and to screen readers. */
function Item({ extra, description, arrowIcon, prefix, className, children, onClick, ...rest }: ListItemProps) {
  const clickable = onClick !== undefined;
  return (
    <div
      {...rest}
      className={['kit-list-item', clickable ? 'kit-list-item-clickable' : '', className ?? ''].filter(Boolean).join(' ')}
      onClick={onClick}
      {...(clickable ? { role: 'button', tabIndex: 0, onKeyDown: activateOnKey(onClick) } : {})}
    >
      {prefix ? <div className="kit-list-item-prefix">{prefix}</div> : null}
      <div className="kit-list-item-main">
        <div className="kit-list-item-content">{children}</div>
        {description ? <div className="kit-list-item-description">{description}</div> : null}
      </div>
      {extra ? <div className="kit-list-item-extra">{extra}</div> : null}
      {arrowIcon ? <div className="kit-list-item-arrow" aria-hidden="true">{arrowIcon === true ? '›' : arrowIcon}</div> : null}
    </div>
  );
}

List.Item = Item;
