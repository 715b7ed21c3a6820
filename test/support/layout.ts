import os from 'node:os';
import type { Page } from 'playwright-core';

/** A 360×640 phone, the smallest the room is checked on. */
export const SMALL_PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

/** The first address of this machine a phone on the same network could open, if it has one. */
export function lanAddress(): string | null {
  const infos = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
  return infos.find((info) => info.family === 'IPv4' && !info.internal)?.address ?? null;
}

/**
 * Cut-off text, measured rather than seen: elements whose content is wider than their box
 * (not scroll areas), and a page that scrolls sideways.
 */
export async function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      // Screen-reader-only text is 1 px wide on purpose.
      if (!element.innerText?.trim() || element.closest('svg, .visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} "${element.innerText.slice(0, 40)}" ${element.scrollWidth}>${element.clientWidth}`);
      }
    }
    return found;
  });
}

/** Links and buttons smaller than 44×44 px, outside running text. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('header a, header button, nav a, main button, .btn'))
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ element, box }) => `${element.tagName.toLowerCase()} "${element.innerText.slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}
