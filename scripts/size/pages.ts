/** The pages `npm run size` measures, by the name it prints, with their path on the server. */
export const SIZE_PAGES: Readonly<Record<string, string>> = {
  catalogue: '/',
  'case brief': '/cases/ecommerce-data-platform',
  'step (clarify)': '/cases/ecommerce-data-platform/clarify',
  'step (estimate)': '/cases/ecommerce-data-platform/estimate',
  'step (design)': '/cases/ecommerce-data-platform/design',
  'step (diagram)': '/cases/ecommerce-data-platform/diagram',
  'step (deep-dive)': '/cases/ecommerce-data-platform/deep-dive',
  report: '/cases/ecommerce-data-platform/report',
  practice: '/practice',
  lesson: '/practice/kafka',
  review: '/review',
  history: '/history',
};

/** Pages that load the Excalidraw canvas (or its exporter): exempt from the 150 KB aim. */
export const CANVAS_PAGES: ReadonlySet<string> = new Set(['step (diagram)', 'report']);
