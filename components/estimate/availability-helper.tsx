'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import { useState } from 'react';

// The calculator and its availability math show only inside the opened panel: their own chunk, loaded on opening.
const AvailabilityCalculator = lazyPart(() => import('./availability-calculator').then((module) => module.AvailabilityCalculator), <p className="helper-loading">Loading the calculator…</p>);

/**
 * The estimate step's "Availability helper": a closed panel whose calculator (availability-calculator.tsx)
 * loads the first time the learner opens it and then stays, with what was typed, while the panel closes and opens.
 */
export function AvailabilityHelper() {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="panel availability-helper"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        <h2>Availability helper</h2>
      </summary>
      {opened ? <AvailabilityCalculator /> : null}
    </details>
  );
}
