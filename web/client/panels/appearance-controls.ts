// The "Colour by" and "Size by" choices under the graph.
import type { Appearance, ColorBy, SizeBy } from '../../../src/model/appearance.js';
import { COLOR_BY, SIZE_BY } from '../appearance.js';
import { byId, h } from '../dom.js';

/** Binds the two choices; the function it returns shows an appearance set elsewhere. */
export function bindAppearanceControls(
  current: Appearance,
  onChange: (appearance: Appearance) => void,
): (appearance: Appearance) => void {
  const colorBy = byId<HTMLSelectElement>('color-by');
  const sizeBy = byId<HTMLSelectElement>('size-by');
  const fill = (select: HTMLSelectElement, choices: Record<string, string>, value: string) => {
    select.replaceChildren(
      ...Object.entries(choices).map(([key, label]) =>
        h('option', { attrs: { value: key } }, label),
      ),
    );
    select.value = value;
  };
  fill(colorBy, COLOR_BY, current.colorBy);
  fill(sizeBy, SIZE_BY, current.sizeBy);
  const changed = () =>
    onChange({ colorBy: colorBy.value as ColorBy, sizeBy: sizeBy.value as SizeBy });
  colorBy.addEventListener('change', changed);
  sizeBy.addEventListener('change', changed);
  return (appearance) => {
    colorBy.value = appearance.colorBy;
    sizeBy.value = appearance.sizeBy;
  };
}
