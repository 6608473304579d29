/** The id of the curveball panel on a step page, which the sidebar clock links to. */
export const CURVEBALL_PANEL_ID = 'curveball';
