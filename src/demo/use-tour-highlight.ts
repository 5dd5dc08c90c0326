import { useEffect } from 'react';

const ATTRIBUTE = 'data-tour-highlight';
const WAIT_MS = 3000;
const POLL_MS = 100;

/** Outlines the step's target once the page shows it (a lazy route may still be loading). */
export function useTourHighlight(target: (() => Element | null) | undefined) {
  useEffect(() => {
    if (!target) return;
    let element: Element | null = null;
    const started = Date.now();
    const timer = setInterval(() => {
      element = target();
      if (!element && Date.now() - started < WAIT_MS) return;
      clearInterval(timer);
      element?.setAttribute(ATTRIBUTE, '');
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      element?.removeAttribute(ATTRIBUTE);
    };
  }, [target]);
}
