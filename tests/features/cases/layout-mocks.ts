import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has no layout: give the case table's scroll box a size, and make scrollTo move it
 * and fire "scroll", so TanStack Virtual computes a real window of rows.
 */
export function mockGridLayout(height = 600, width = 1200, headerHeight = 44) {
  const proto = HTMLElement.prototype;
  const saved = {
    clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'),
    scrollHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight'),
    scrollTo: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo'),
  };
  const isGrid = (el: Element) => el.classList.contains('case-grid');

  beforeAll(() => {
    Object.defineProperty(proto, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return isGrid(this) ? height : 0;
      },
    });
    Object.defineProperty(proto, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return isGrid(this) ? width : 0;
      },
    });
    // Header row plus the body's height, as the browser would lay them out.
    Object.defineProperty(proto, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (!isGrid(this)) return 0;
        const body = this.querySelector<HTMLElement>('.case-tbody');
        return headerHeight + (parseFloat(body?.style.height ?? '') || 0);
      },
    });
    Object.defineProperty(proto, 'scrollTo', {
      configurable: true,
      value(this: HTMLElement, options?: ScrollToOptions) {
        // Like a browser: no scroll event when the position does not change.
        if (options?.top === undefined || options.top === this.scrollTop) return;
        this.scrollTop = options.top;
        this.dispatchEvent(new Event('scroll'));
      },
    });
  });

  afterAll(() => {
    Reflect.deleteProperty(proto, 'clientHeight');
    Reflect.deleteProperty(proto, 'clientWidth');
    Reflect.deleteProperty(proto, 'scrollTo');
    Reflect.deleteProperty(proto, 'scrollHeight');
    for (const [name, d] of Object.entries(saved))
      if (d) Object.defineProperty(Element.prototype, name, d);
  });
}
