/** What `sceneKey` reads of an element: Excalidraw's id and its edit counter. */
export type KeyedElement = { readonly id: string; readonly version: number };

/**
 * A string that changes whenever the scene does: the element count, then each element's id and `version` in order
 * (Excalidraw bumps an element's version on every edit). The diagram step compares it with the last one to tell an
 * edit from a change of selection or view, which neither regrades nor saves. Pure; O(elements).
 */
export function sceneKey(elements: readonly KeyedElement[]): string {
  let key = `${elements.length}`;
  for (const element of elements) key += `|${element.id}:${element.version}`;
  return key;
}
