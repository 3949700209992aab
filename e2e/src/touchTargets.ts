export interface SmallTarget {
  what: string;
  text: string;
  width: number;
  height: number;
}

/**
 * Runs in the page (self-contained: Playwright serialises it): every visible button, link and
 * form control whose touch target is under 44×44 CSS px, the gloved-finger minimum of issue 13.
 * A checkbox, radio or file input is judged by the label that wraps it, since the whole label
 * takes the tap.
 */
export function smallTargets(): SmallTarget[] {
  const MIN = 43.5; // sub-pixel layout rounding
  const found: SmallTarget[] = [];
  const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role=button], summary');
  for (const el of controls) {
    if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
    const wrapped = el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type);
    const target = wrapped ? (el.closest('label') ?? el) : el;
    if (!target.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (target.closest('[aria-hidden=true], [inert]')) continue;
    const rect = target.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.width >= MIN && rect.height >= MIN) continue;
    const label = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? (el.textContent ?? '').trim();
    const what = `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    found.push({ what, text: label.slice(0, 30), width: Math.round(rect.width), height: Math.round(rect.height) });
  }
  return found;
}
