// Kept apart from the evaluator so schemas can use the limits without pulling mathjs into every page.
export const MAX_EXPRESSION_LENGTH = 500;
export const MAX_ROWS = 200;
