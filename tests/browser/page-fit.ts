// Whether a page fits its window's width, and when it does not, which elements stick out.
import type { Page } from 'playwright-core';

/** An element wider than the window, named so that a person can find it in the component. */
export interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The outermost elements that stick out past a parent that fits, widest first: `path (right edge px) "text"`. */
  culprits: string[];
}

/** Null when the document is no wider than the window; otherwise what sticks out. */
export async function horizontalOverflow(page: Page): Promise<Overflow | null> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= innerWidth) return null;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > innerWidth + 0.5;
    // An element inside a box that clips or scrolls sideways cannot widen the page.
    const clipped = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible' && !sticksOut(box)) return true;
      }
      return false;
    };
    const name = (element: Element) => {
      const classes = [...element.classList].filter((item) => !item.startsWith('svelte-')).slice(0, 2);
      return `${element.tagName.toLowerCase()}${classes.map((item) => `.${item}`).join('')}`;
    };
    const path = (element: Element) => {
      const names: string[] = [];
      for (let at: Element | null = element; at && at !== document.body && names.length < 4; at = at.parentElement) names.unshift(name(at));
      return names.join(' > ');
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && element.parentElement !== null && !sticksOut(element.parentElement) && !clipped(element))
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
      .slice(0, 6)
      .map((element) => `${path(element)} (${Math.round(element.getBoundingClientRect().right)} px) "${(element.textContent ?? '').trim().slice(0, 40)}"`);
    return { scrollWidth, innerWidth, culprits };
  });
}
