import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Button } from './Button';
import { List } from './List';
import { Tabs } from './Tabs';

describe('the UI kit', () => {
  it('a busy button cannot be pressed twice and says it is busy', () => {
    const html = renderToStaticMarkup(<Button color="primary" loading>保存</Button>);
    expect(html).toMatch(/^<button[^>]* disabled=""/);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('kit-button-primary');
    expect(renderToStaticMarkup(<Button>保存</Button>)).not.toContain('disabled');
  });

  it('a button does not submit a form unless asked to', () => {
    expect(renderToStaticMarkup(<Button>取消</Button>)).toContain('type="button"');
    expect(renderToStaticMarkup(<Button type="submit">保存</Button>)).toContain('type="submit"');
  });

  it('a row that opens something is a button to the keyboard; a plain row is not', () => {
    const opens = renderToStaticMarkup(<List><List.Item onClick={() => undefined} arrowIcon data-testid="row">A</List.Item></List>);
    expect(opens).toContain('role="button"');
    expect(opens).toContain('tabindex="0"');
    expect(opens).toContain('data-testid="row"');
    expect(renderToStaticMarkup(<List.Item extra="王建国">当前用户</List.Item>)).not.toContain('role="button"');
  });

  it('tabs mark the active one for screen readers', () => {
    const html = renderToStaticMarkup(
      <Tabs activeKey="overdue" onChange={() => undefined}>
        <Tabs.Tab key="all" title="全部 8" />
        <Tabs.Tab key="overdue" title="逾期 2" />
      </Tabs>,
    );
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(/aria-selected="true"[^>]*>逾期 2/);
    expect(html).toMatch(/aria-selected="false"[^>]*>全部 8/);
  });
});
