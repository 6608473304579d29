'use client';

import { useEffect } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type Panel = 'palette' | 'checklist';
type LayoutState = { palette: boolean; checklist: boolean; toggle: (panel: Panel) => void };

/** Which side panels of the diagram step are open, remembered in this browser. Full width is not: a reload shows the page. */
const useLayoutStore = create<LayoutState>()(
  persist(
    (set) => ({ palette: true, checklist: true, toggle: (panel) => set((state) => ({ [panel]: !state[panel] })) }),
    {
      name: 'sdt:diagram-layout',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Read after mount, so the server's render and the first client render agree.
      skipHydration: true,
      partialize: (state) => ({ palette: state.palette, checklist: state.checklist }),
      // A damaged record falls back to both panels open.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<Record<Panel, unknown>>;
        return { ...current, palette: stored.palette !== false, checklist: stored.checklist !== false };
      },
    },
  ),
);

/** The open/closed state of the palette and the checklist, and a toggle for each. */
export function useDiagramLayout(): LayoutState {
  useEffect(() => {
    if (!useLayoutStore.persist.hasHydrated()) void useLayoutStore.persist.rehydrate();
  }, []);
  const palette = useLayoutStore((state) => state.palette);
  const checklist = useLayoutStore((state) => state.checklist);
  const toggle = useLayoutStore((state) => state.toggle);
  return { palette, checklist, toggle };
}
