/** A green dark enough for white text in both schemes (6.3:1): the "current key" marker. */
export const CURRENT_GREEN = '#1b6e2e';
