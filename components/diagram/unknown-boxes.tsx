'use client';

import { useId } from 'react';
import type { ChangeEvent } from 'react';
import type { KindChoice, UnknownComponent } from '@/lib/diagram/unknown-components';
import { isChoosableKind, kindChoiceGroups } from '@/lib/diagram/unknown-components';

const GROUPS = kindChoiceGroups();

type UnknownBoxesProps = {
  boxes: readonly UnknownComponent[];
  onAnswer: (box: UnknownComponent, kind: KindChoice['kind']) => void;
  onSelect: (elementIds: readonly string[]) => void;
};

/** Boxes the grader could not place, each with a "What is this?" choice instead of a lost point. */
export function UnknownBoxes({ boxes, onAnswer, onSelect }: UnknownBoxesProps) {
  const id = useId();
  if (boxes.length === 0) return null;
  return (
    <div className="unknown-boxes" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Boxes not recognised</h3>
      <p className="unknown-boxes-lead">Say what each one is and the checklist counts it.</p>
      <ul>
        {boxes.map((box, index) => {
          const name = box.label === '' ? 'an unlabelled box' : `“${box.label}”`;
          const selectId = `${id}-${index}`;
          const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
            if (isChoosableKind(event.target.value)) onAnswer(box, event.target.value);
          };
          return (
            <li key={box.id} className="unknown-box">
              <label htmlFor={selectId}>
                What is this? <span className="unknown-box-name">{name}</span>
              </label>
              <div className="unknown-box-row">
                <select id={selectId} value="" onChange={onChange}>
                  <option value="">Choose a kind…</option>
                  {GROUPS.map((group) => (
                    <optgroup key={group.title} label={group.title}>
                      {group.choices.map((choice) => (
                        <option key={choice.kind} value={choice.kind}>
                          {choice.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <button type="button" className="link-button" onClick={() => onSelect(box.elementIds)} aria-label={`Show ${name} on the canvas`}>
                  Show
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
