// The analyst's corrections, on the page: the controls in the entity panel (merge into…, rename,
// change type, not an entity), the reject button of the edge panel, and the list of every
// correction with its Undo. Each writes one row of the corrections file through the API; the
// server re-ingests, and the page reloads the view.
import type { EntityDetail, SearchHit } from '../../../src/model/read-models.js';
import { ENTITY_TYPES } from '../../../src/model/types.js';
import type { Correction } from '../../../src/model/corrections.js';
import type { CorrectionInput, CorrectionsView } from '../../shared/api-types.js';
import { append, clear, h } from '../dom.js';
import { attachAutocomplete } from './autocomplete.js';
import { panelHeader } from './panel-header.js';

export interface CorrectionActions {
  correct(input: CorrectionInput): void;
  undo(id: string): void;
  select(id: string): void;
  close(): void;
}

/** A form whose submit (a click or Enter) runs `submit`, never a page load. */
function form(label: string, submit: () => void, ...children: HTMLElement[]): HTMLFormElement {
  return h(
    'form',
    {
      class: 'correction',
      attrs: { 'aria-label': label },
      on: {
        submit: (event) => {
          event.preventDefault();
          submit();
        },
      },
    },
    ...children,
  );
}

/** The entity panel's corrections, folded away until asked for. */
export function entityCorrections(entity: EntityDetail, actions: CorrectionActions): HTMLElement {
  const mergeInput = h('input', {
    attrs: {
      type: 'search',
      placeholder: 'Merge into… (pick the entity it is)',
      'aria-label': `Merge ${entity.name} into`,
      role: 'combobox',
      'aria-expanded': 'false',
      autocomplete: 'off',
      'data-correction': 'merge',
    },
  });
  const mergeList = h('ul', { class: 'suggestions', attrs: { role: 'listbox' } });
  mergeList.hidden = true;
  attachAutocomplete({
    input: mergeInput,
    list: mergeList,
    onChoose: (hit: SearchHit) => {
      if (hit.id !== entity.id)
        actions.correct({ action: 'merge', entity: entity.id, into: hit.id });
    },
  });

  const nameInput = h('input', {
    attrs: { type: 'text', 'aria-label': `New name for ${entity.name}`, maxlength: '200' },
  });
  nameInput.value = entity.name;
  const typeSelect = h(
    'select',
    { attrs: { 'aria-label': `Type of ${entity.name}` } },
    ...ENTITY_TYPES.map((t) => h('option', { attrs: { value: t } }, t)),
  );
  typeSelect.value = entity.type;

  return h(
    'details',
    { class: 'corrections' },
    h('summary', {}, 'Correct this entity'),
    h('div', { class: 'path-finder' }, mergeInput, mergeList),
    form(
      `Rename ${entity.name}`,
      () => {
        const name = nameInput.value.trim();
        if (name && name !== entity.name) {
          actions.correct({ action: 'rename', entity: entity.id, name });
        }
      },
      nameInput,
      h('button', { attrs: { type: 'submit' } }, 'Rename'),
    ),
    form(
      `Change the type of ${entity.name}`,
      () => {
        const type = typeSelect.value as EntityDetail['type'];
        if (type !== entity.type) actions.correct({ action: 'retype', entity: entity.id, type });
      },
      typeSelect,
      h('button', { attrs: { type: 'submit' } }, 'Change type'),
    ),
    h(
      'button',
      {
        attrs: {
          type: 'button',
          title: 'Remove it, with its mentions and relations, from the graph (Undo brings it back)',
        },
        on: { click: () => actions.correct({ action: 'not-an-entity', entity: entity.id }) },
      },
      'Not an entity',
    ),
  );
}

/** "Reject" for one piece of evidence: the relation as one sentence of one article states it. */
export function rejectButton(
  reject: Omit<Extract<CorrectionInput, { action: 'reject-relation' }>, 'action'>,
  description: string,
  actions: Pick<CorrectionActions, 'correct'>,
): HTMLElement {
  return h(
    'button',
    {
      class: 'reject',
      attrs: {
        type: 'button',
        'aria-label': `Reject this relation: ${description}, in this sentence`,
        title: 'This sentence does not say this: remove this evidence (Undo brings it back)',
      },
      on: { click: () => actions.correct({ action: 'reject-relation', ...reject }) },
    },
    'Reject this relation',
  );
}

/** Every correction, in the order ingest applies them, each with its Undo. */
export function renderCorrectionsPanel(
  panel: HTMLElement,
  view: CorrectionsView,
  actions: CorrectionActions,
): void {
  const unresolved = new Map(view.unresolved.map((u) => [u.id, u.reason]));
  clear(panel);
  append(panel, [
    panelHeader(`Corrections (${view.corrections.length})`, actions.close),
    h('p', { class: 'aliases' }, `Kept in ${view.file}; every ingest applies them in this order.`),
    view.applied ? null : h('p', {}, 'The file changed since the last ingest: rerun ingest.'),
    view.corrections.length === 0
      ? h('p', {}, 'No corrections yet. Open an entity or an edge to correct it.')
      : null,
    h(
      'ol',
      { class: 'corrections-list' },
      ...[...view.corrections].reverse().map((c) =>
        h(
          'li',
          { attrs: { 'data-correction': c.id } },
          h('span', {}, describeCorrection(c)),
          c.note ? h('small', {}, ` — ${c.note}`) : null,
          h('small', {}, ` · ${c.when.slice(0, 16).replace('T', ' ')}`),
          unresolved.has(c.id)
            ? h('p', { class: 'unresolved' }, `Nothing to act on: ${unresolved.get(c.id)}`)
            : null,
          h(
            'button',
            {
              attrs: { type: 'button', 'aria-label': `Undo: ${describeCorrection(c)}` },
              on: { click: () => actions.undo(c.id) },
            },
            'Undo',
          ),
        ),
      ),
    ),
  ]);
  panel.hidden = false;
}

export function describeCorrection(c: Correction | CorrectionInput): string {
  switch (c.action) {
    case 'merge':
      return `Merged ${c.entity} into ${c.into}`;
    case 'rename':
      return `Renamed ${c.entity} to “${c.name}”`;
    case 'retype':
      return `Made ${c.entity} a ${c.type}`;
    case 'not-an-entity':
      return `${c.entity} is not an entity`;
    case 'reject-relation': {
      const where = c.article
        ? ` in ${c.article}${c.start === undefined ? '' : `, the sentence at ${c.start}`}`
        : '';
      return `Rejected ${c.relation} ${c.source} – ${c.target}${where}`;
    }
  }
}
