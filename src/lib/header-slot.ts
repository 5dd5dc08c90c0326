import { createContext, useContext, type ReactNode } from 'react';

/**
 * What a build adds to the header: the demo build's marker and presenter controls. Empty in the
 * normal build, which never loads the demo's code.
 */
export const HeaderSlot = createContext<ReactNode>(null);

export const useHeaderSlot = () => useContext(HeaderSlot);
