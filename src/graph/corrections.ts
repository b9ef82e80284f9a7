import type { Correction, UnresolvedCorrection } from '../model/corrections.js';
import { entityId, orderedEnds } from '../model/keys.js';
import type { CorpusGraph, Entity, Relation } from '../model/types.js';
import { mergeMentions, mergeRelations } from './merge.js';

export interface CorrectedGraph {
  graph: CorpusGraph;
  /** Corrections with nothing to act on in this graph, in file order: to be reported. */
  unresolved: UnresolvedCorrection[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Applies corrections, in order, to a merged graph. Each one names ids as the graph stands after
 * the ones before it (the page writes them that way), so a rename followed by a merge of the new
 * name works, and undoing the first leaves the second unresolved rather than wrong.
 *
 * Entity corrections become one id rewrite (original id → corrected id, or none for a node that
 * is no entity), applied to mentions and relations by the same merge functions the corpus-level
 * merge uses: a graph merged whole or article by article is corrected the same way. A pure
 * function of its inputs, blind to anything but their content.
 */
export function applyCorrections(
  graph: CorpusGraph,
  corrections: readonly Correction[],
): CorrectedGraph {
  if (corrections.length === 0) return { graph, unresolved: [] };
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  // Original id → the id it now has, null once it is no entity.
  const current = new Map<string, string | null>(graph.entities.map((e) => [e.id, e.id]));
  const redirect = (from: string, to: string | null) => {
    for (const [id, now] of current) if (now === from) current.set(id, to);
  };
  const now = (id: string) => (current.has(id) ? current.get(id) : id);
  const rejected = new Set<Relation>();
  const unresolved: UnresolvedCorrection[] = [];

  /** Puts `moved` where `to` is, joining whatever entity is there already. */
  const move = (from: Entity, moved: Entity) => {
    entities.delete(from.id);
    const there = entities.get(moved.id);
    entities.set(moved.id, there ? join(there, moved) : moved);
    redirect(from.id, moved.id);
  };

  for (const c of corrections) {
    const fail = (reason: string) => unresolved.push({ id: c.id, reason });
    if (c.action === 'reject-relation') {
      const [source, target] = orderedEnds(c.relation, c.source, c.target);
      const hits = graph.relations.filter((r) => {
        if (rejected.has(r) || r.type !== c.relation) return false;
        if (c.article !== undefined && r.article !== c.article) return false;
        if (c.start !== undefined && r.start !== c.start) return false;
        const ends = orderedEnds(r.type, now(r.source) ?? '', now(r.target) ?? '');
        return ends[0] === source && ends[1] === target;
      });
      if (hits.length === 0) fail(`no ${c.relation} relation ${c.source} → ${c.target}${where(c)}`);
      for (const r of hits) rejected.add(r);
      continue;
    }
    const entity = entities.get(c.entity);
    if (!entity) {
      fail(`no entity '${c.entity}'`);
      continue;
    }
    switch (c.action) {
      case 'merge': {
        const into = entities.get(c.into);
        if (!into) fail(`no entity '${c.into}' to merge into`);
        else if (into === entity) fail(`'${c.entity}' is already '${c.into}'`);
        else move(entity, { ...entity, id: into.id });
        break;
      }
      case 'rename': {
        if (entity.name === c.name) fail(`'${c.entity}' is already named '${c.name}'`);
        else move(entity, { ...entity, id: entityId(entity.type, c.name), name: c.name });
        break;
      }
      case 'retype': {
        if (entity.type === c.type) fail(`'${c.entity}' is already a ${c.type}`);
        else move(entity, { ...entity, id: entityId(c.type, entity.name), type: c.type });
        break;
      }
      case 'not-an-entity': {
        entities.delete(entity.id);
        redirect(entity.id, null);
        break;
      }
    }
  }

  // Rewriting twice is idempotent: `now` maps every original id once, to where it ended.
  const kept = (id: string) => now(id) !== null;
  const rewrite = (id: string) => now(id) as string;
  return {
    graph: {
      entities: [...entities.values()].sort((a, b) => compare(a.id, b.id)),
      mentions: mergeMentions(
        graph.mentions.filter((m) => kept(m.entity)),
        rewrite,
      ),
      relations: mergeRelations(
        graph.relations.filter((r) => !rejected.has(r) && kept(r.source) && kept(r.target)),
        rewrite,
      ),
    },
    unresolved,
  };
}

/**
 * One entity from two: `base` keeps its id, name, type and role (when it has one); what the text
 * called either, and where, is kept.
 */
function join(base: Entity, other: Entity): Entity {
  const joined: Entity = {
    ...base,
    aliases: union(base.aliases, other.aliases),
    articles: union(base.articles, other.articles),
  };
  const role = base.role ?? other.role;
  if (role) joined.role = role;
  return joined;
}

function where(c: { article?: string; start?: number }): string {
  if (c.article === undefined) return '';
  return c.start === undefined ? ` in ${c.article}` : ` in ${c.article} at ${c.start}`;
}
