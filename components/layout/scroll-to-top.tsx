'use client';

import { useEffect } from 'react';

/**
 * Opens its page at the top. A page whose content loads after it opens (the report reads the saved
 * attempt first) is short for a moment, so the router's own scroll, taken against that short page,
 * can leave the learner mid-page once the content arrives. A link to a part of the page (`#...`) is
 * left to the browser.
 */
export function ScrollToTop() {
  useEffect(() => {
    if (window.location.hash === '') window.scrollTo(0, 0);
  }, []);
  return null;
}
