// Apart from the scorer, so the session schema can use it without loading the text tools.
export const MAX_DEEP_DIVE_ANSWER = 4_000;
