import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

interface TabProps {
  title: ReactNode;
}

/** Declares one tab; Tabs reads its key and title. */
function Tab(_props: TabProps): null {
  return null;
}

/** A row of filter tabs (role tablist), scrolling sideways when it does not fit. */
export function Tabs({ activeKey, onChange, children }: { activeKey: string; onChange: (key: string) => void; children: ReactNode }) {
  const tabs = Children.toArray(children).filter((child): child is ReactElement<TabProps> => isValidElement(child));
  return (
    <div className="kit-tabs" role="tablist">
      {tabs.map((tab) => {
        const key = String(tab.key ?? '').replace(/^\.\$/, '');
        const active = key === activeKey;
        return (
          <button key={key} type="button" role="tab" aria-selected={active} className={active ? 'kit-tab kit-tab-active' : 'kit-tab'} onClick={() => onChange(key)}>
            {tab.props.title}
          </button>
        );
      })}
    </div>
  );
}

Tabs.Tab = Tab;
