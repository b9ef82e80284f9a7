// A combobox over /api/search: type, pick with the arrows and Enter (or a click). Used by the
// top search box and by the "path to…" field of the entity panel.
import type { SearchHit } from '../../../src/model/read-models.js';
import { ENTITY_STYLES, FALLBACK_COLOR } from '../../shared/palette.js';
import { api } from '../api.js';
import { Unavailable } from '../connection.js';
import { latest, supersede, Superseded } from '../requests.js';
import { clear, h, swatch } from '../dom.js';

export interface AutocompleteOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  onChoose: (hit: SearchHit) => void;
  /** Milliseconds to wait after the last key before asking the server. */
  debounce?: number;
}

let uid = 0;

export function attachAutocomplete({
  input,
  list,
  onChoose,
  debounce = 120,
}: AutocompleteOptions): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const prefix = `ac${++uid}-`;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  /** Shown in place of the hits when there are none: why, when the search failed. */
  let empty = 'No match';

  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const item = h(
        'li',
        {
          attrs: { role: 'option', id: `${prefix}${i}`, 'aria-selected': String(i === active) },
          on: {
            // mousedown, not click: it fires before the input loses focus and closes the list.
            mousedown: (event) => {
              event.preventDefault();
              choose(i);
            },
          },
        },
        swatch(ENTITY_STYLES[hit.type]?.color ?? FALLBACK_COLOR),
        h('span', {}, hit.name),
        hit.matched !== hit.name ? h('span', { class: 'alias' }, `“${hit.matched}”`) : null,
        h('span', { class: 'alias' }, hit.type),
      );
      list.appendChild(item);
    });
    if (hits.length === 0 && input.value.trim() !== '') {
      list.appendChild(h('li', { attrs: { role: 'option', 'aria-disabled': 'true' } }, empty));
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${prefix}${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onChoose(hit);
  };

  const lookUp = async () => {
    const q = input.value.trim();
    if (q === '') {
      supersede('search');
      hits = [];
      close();
      return;
    }
    try {
      hits = await latest(
        'search',
        async (ticket) => (await ticket.ask((signal) => api.search(q, signal))).hits,
      );
      active = hits.length > 0 ? 0 : -1;
      empty = 'No match';
      render();
    } catch (error) {
      if (!(error instanceof Superseded)) {
        hits = [];
        // Not "No match": nothing was searched.
        empty =
          error instanceof Unavailable
            ? 'Cannot search: the database is not answering.'
            : `Cannot search: ${error instanceof Error ? error.message : String(error)}`;
        render();
      }
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, debounce);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(active);
      else {
        // Enter before the suggestions arrived: search now and take the best hit.
        clearTimeout(timer);
        void lookUp().then(() => choose(0));
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
