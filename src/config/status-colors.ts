/** A green dark enough for white text in both schemes (6.3:1): the "current key" marker. */
export const CURRENT_GREEN = '#1b6e2e';

/** Reds and ambers dark enough for white text in both schemes (≥ 6:1): the fleet's problem markers. */
export const PROBLEM_RED = '#a82424';
export const WARNING_AMBER = '#8a4b00';
