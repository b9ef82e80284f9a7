import { toCsv } from '../../web/shared/csv.js';
import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  FilterError,
  filterKeysFor,
  readFilters,
  writeFilters,
  type FilterValues,
  type ViewKind,
} from '../../src/model/filters.js';
import { filterParams, graphRank, luceneQuery, viewCypher } from '../../src/store/cypher/read.js';
import {
  applyAppearance,
  foldView,
  largestNodes,
  legendSections,
} from '../../web/client/appearance.js';
import { splitOnTrigger } from '../../web/client/evidence.js';
import { writeGraphml } from '../../web/client/export/graphml.js';
import { createGraph, mergePage } from '../../web/client/graph-model.js';
import { pickInDirection } from '../../web/client/keyboard-nav.js';
import { movement } from '../../web/client/layout.js';
import { seededPosition } from '../../web/client/positions.js';
import { CO_MENTION_COLOR, COMMUNITY_COLORS, ENTITY_STYLES } from '../../web/shared/palette.js';
import { latest, supersede, Superseded } from '../../web/client/requests.js';

describe('web/client/evidence', () => {
  it('should mark the trigger as a whole word, ignoring case', () => {
    expect(splitOnTrigger('Meetings: Witkoff met Netanyahu.', 'met')).to.deep.equal([
      { text: 'Meetings: Witkoff ', trigger: false },
      { text: 'met', trigger: true },
      { text: ' Netanyahu.', trigger: false },
    ]);
  });

  it('should fall back to a match inside a word, then to no mark', () => {
    expect(splitOnTrigger('They metabolised it', 'met').map((s) => s.trigger)).to.deep.equal([
      false,
      true,
      false,
    ]);
    expect(splitOnTrigger('Nothing here', 'urged')).to.deep.equal([
      { text: 'Nothing here', trigger: false },
    ]);
  });
});

describe('src/model/filters', () => {
  const fromUrl = (query: string, view: ViewKind = 'graph', strict = false) => {
    const params = new URLSearchParams(query);
    return readFilters((key) => params.getAll(key), view, strict);
  };

  it('should round-trip filters through URL parameters', () => {
    const filters: FilterValues = {
      types: ['Person', 'Country'],
      relations: ['MET_WITH'],
      articles: ['000_a', 'Iran talks'],
      from: '2026-02-01',
      to: '2026-02-05',
      minConfidence: 0.5,
      q: 'Witkoff',
      isolated: true,
      comention: 'sentence',
      undated: false,
    };
    expect(fromUrl(writeFilters(filters, 'graph').toString())).to.deep.equal(filters);
  });

  it('should write nothing for the defaults and read defaults from nothing', () => {
    expect(writeFilters(DEFAULT_FILTERS, 'graph').toString()).to.equal('');
    expect(fromUrl('')).to.deep.equal(DEFAULT_FILTERS);
  });

  it('should write only the filters a view takes', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'Witkoff', isolated: true, minConfidence: 0.5 };
    expect(writeFilters(filters, 'neighbours').toString()).to.equal('minConfidence=0.5');
    expect(writeFilters(filters, 'path').toString()).to.equal('minConfidence=0.5');
    expect(filterKeysFor('graph')).to.deep.equal(FILTER_KEYS);
  });

  it('should drop what it cannot read from an old or edited link', () => {
    const filters = fromUrl('types=Person,Alien&minConfidence=7&from=yesterday&to=2026-02-30');
    expect(filters.types).to.deep.equal(['Person']);
    expect(filters.minConfidence).to.equal(0);
    expect(filters.from).to.equal(null);
    expect(filters.to).to.equal(null);
  });

  it('should refuse, strictly, what the API must answer 400 for, naming the key', () => {
    for (const [query, message] of [
      ['types=Person,Alien', /^types: "Alien": /],
      ['from=2026-02-30', /^from: not a real calendar date/],
      ['minConfidence=7', /^minConfidence: use a number from 0 to 1/],
      ['articles=a%0Ab', /^articles: .*not an article id/],
      ['from=2026-02-06&to=2026-02-01', /^from: must not be after to/],
      ['isolated=yes', /^isolated: use one of true, false/],
    ] as const) {
      expect(() => fromUrl(query, 'graph', true), query).to.throw(FilterError, message);
    }
  });
});

describe('src/store/cypher/read', () => {
  it('should test only the filters a view sets, so the default view reads no relationship', () => {
    const plain = graphRank(DEFAULT_FILTERS, { seeds: false });
    expect(plain).to.not.match(/r\.(confidence|article|published)|\$types|\$articles|\$from/);
    expect(plain).to.contain('COUNT { (e)--() } - COUNT { (e)-[:MENTIONED_IN]->() }');
    expect(filterParams(DEFAULT_FILTERS)).to.deep.equal({});
    const some = graphRank(
      { ...DEFAULT_FILTERS, relations: ['MET_WITH', 'PRESSURED'] },
      { seeds: false },
    );
    expect(some).to.contain('COUNT { (e)-[r:MET_WITH|PRESSURED]-() }');
    const dated = { ...DEFAULT_FILTERS, relations: ['MET_WITH'] as const, from: '2026-02-01' };
    expect(graphRank(dated, { seeds: false })).to.contain('left(r.published, 10) >= $from');
    expect(graphRank(dated, { seeds: false })).to.contain('[r:MET_WITH]');
    expect(graphRank(dated, { seeds: false })).to.not.contain('$to');
    expect(filterParams(dated)).to.deep.equal({ from: '2026-02-01' });
  });

  it('should build a prefix and typo tolerant Lucene query from letters and digits only', () => {
    expect(luceneQuery('Witkof')).to.equal('(witkof^4 OR witkof* OR witkof~1)');
    expect(luceneQuery('al  Thani')).to.equal('(al^4 OR al*) AND (thani^4 OR thani* OR thani~1)');
    expect(luceneQuery('netanyahu')).to.equal('(netanyahu^4 OR netanyahu* OR netanyahu~2)');
    expect(luceneQuery('*:* OR (x')).to.equal('(or^4 OR or*) AND (x^4 OR x*)');
    expect(luceneQuery(' ~*" ')).to.equal(null);
  });

  it('should write a view as Cypher with literals, so Neo4j Browser can run it', () => {
    const cypher = viewCypher(
      {
        ...DEFAULT_FILTERS,
        types: ['Person'],
        relations: ['PRESSURED'],
        articles: ['a"b'],
        from: '2026-02-01',
        minConfidence: 0.5,
      },
      null,
      300,
    );
    expect(cypher).to.contain('type(r) IN ["PRESSURED"]');
    expect(cypher).to.contain('a.type IN ["Person"]');
    expect(cypher).to.contain('r.article IN ["a\\"b"]');
    expect(cypher).to.contain('r.confidence >= 0.5');
    expect(cypher).to.contain('left(r.published, 10) >= "2026-02-01"');
    expect(cypher).to.not.contain('$');
  });
});

describe('web/client/graph-model', () => {
  const page = {
    nodes: [
      { id: 'a', name: 'A', type: 'Person' as const, aliases: ['A'], degree: 2, articles: 1 },
      { id: 'b', name: 'B <b>', type: 'Country' as const, aliases: ['B'], degree: 2, articles: 1 },
    ],
    edges: [
      {
        id: 'MET_WITH:a->b',
        source: 'a',
        target: 'b',
        type: 'MET_WITH' as const,
        count: 2,
        confidence: 0.9,
        articles: ['x'],
        articleCount: 1,
      },
      {
        id: 'PRESSURED:a->b',
        source: 'a',
        target: 'b',
        type: 'PRESSURED' as const,
        count: 1,
        confidence: 0.7,
        articles: ['x'],
        articleCount: 1,
      },
    ],
  };

  it('should place nodes by their id alone, the same way every time', () => {
    expect(seededPosition('person:steve-witkoff')).to.deep.equal(
      seededPosition('person:steve-witkoff'),
    );
    expect(seededPosition('a')).to.not.deep.equal(seededPosition('b'));
  });

  it('should curve parallel edges apart and draw arrows only on directed types', () => {
    const graph = createGraph();
    expect(mergePage(graph, page)).to.equal(2);
    const types = graph.mapEdges((_e, a) => [a.relation, a.type, a.curvature]);
    const met = types.find(([r]) => r === 'MET_WITH');
    const pressured = types.find(([r]) => r === 'PRESSURED');
    expect(met?.[1]).to.match(/^(line|curved)$/);
    expect(pressured?.[1]).to.match(/^(arrow|curvedArrow)$/);
    expect(types.some(([, t]) => String(t).startsWith('curved'))).to.equal(true);
    expect(mergePage(graph, page)).to.equal(0);
    expect(graph.size).to.equal(2);
  });

  it('should export GraphML that graphology reads back whole', () => {
    const graph = createGraph();
    mergePage(graph, page);
    const back = parseGraphml(MultiDirectedGraph, writeGraphml(graph));
    expect(back.order).to.equal(2);
    expect(back.size).to.equal(2);
    expect(back.getNodeAttribute('b', 'label')).to.equal('B <b>');
    expect(back.getNodeAttribute('a', 'entityType')).to.equal('Person');
    expect(back.getEdgeAttribute('MET_WITH:a->b', 'count')).to.equal(2);
  });
});

describe('web/client/requests', () => {
  /** A request the test answers by hand, and whether it was aborted. */
  const pending = <T>() => {
    let answer!: (value: T) => void;
    const seen: { signal?: AbortSignal } = {};
    const request = (signal: AbortSignal) => {
      seen.signal = signal;
      return new Promise<T>((resolve) => (answer = resolve));
    };
    return { request, answer: (value: T) => answer(value), seen };
  };

  it('should drop an answer that arrives after a newer request in its lane', async () => {
    const first = pending<string>();
    const second = pending<string>();
    const a = latest('focus', (t) => t.ask(first.request));
    const b = latest('focus', (t) => t.ask(second.request));
    expect(first.seen.signal?.aborted).to.equal(true);
    second.answer('B');
    first.answer('A');
    expect(await b).to.equal('B');
    let dropped: unknown;
    await a.catch((error: unknown) => (dropped = error));
    expect(dropped).to.be.instanceOf(Superseded);
  });

  it('should hold a lane for every step of an action, and let a new view supersede the rest', async () => {
    const step = pending<number>();
    const steps: number[] = [];
    const action = latest('expand', async (t) => {
      steps.push(await t.ask(async () => 1));
      steps.push(await t.ask(step.request));
    });
    const parallel = latest('expand', (t) => t.ask(async () => 'side by side'));
    expect(await parallel).to.equal('side by side');
    await Promise.resolve();
    supersede('view');
    step.answer(2);
    let dropped: unknown;
    await action.catch((error: unknown) => (dropped = error));
    expect(dropped).to.be.instanceOf(Superseded);
    expect(steps).to.deep.equal([1]);
  });
});

describe('web/client/appearance', () => {
  const graph = createGraph();
  const node = (id: string, degree: number) => ({
    id,
    name: id.toUpperCase(),
    type: 'Person' as const,
    aliases: [],
    degree,
    articles: 1,
  });
  const edge = (id: string, source: string, target: string, count: number) => ({
    id,
    source,
    target,
    type: 'MET_WITH' as const,
    count,
    confidence: 0.9,
    articles: ['a'],
    articleCount: 1,
  });
  // Two triangles joined by one thin edge: two communities, whatever the seed.
  mergePage(graph, {
    nodes: ['a', 'b', 'c', 'x', 'y', 'z'].map((id, i) => node(id, i + 1)),
    edges: [
      edge('ab', 'a', 'b', 5),
      edge('ba', 'b', 'a', 2),
      edge('bc', 'b', 'c', 5),
      edge('ca', 'c', 'a', 4),
      edge('xy', 'x', 'y', 5),
      edge('yz', 'y', 'z', 5),
      edge('zx', 'z', 'x', 5),
      edge('cx', 'c', 'x', 1),
    ],
  });

  it('should fold the view into one undirected edge per pair, weighted by its evidence', () => {
    const folded = foldView(graph);
    expect(folded.size).to.equal(7);
    expect(folded.getEdgeAttribute(folded.edge('a', 'b'), 'weight')).to.equal(7);
  });

  it('should colour each Louvain community apart and name it in the legend', () => {
    const measured = applyAppearance(graph, { colorBy: 'community', sizeBy: 'evidence' });
    expect(measured.communities.map((c) => c.size)).to.deep.equal([3, 3]);
    const color = (n: string) => graph.getNodeAttribute(n, 'color');
    expect(color('a')).to.equal(color('b')).and.equal(color('c'));
    expect(color('x')).to.not.equal(color('a'));
    expect(COMMUNITY_COLORS).to.include(color('x'));
    const [entities, relations, size] = legendSections(
      { colorBy: 'community', sizeBy: 'evidence' },
      measured,
      'off',
    );
    expect(entities?.title).to.equal('Communities (2)');
    expect(entities?.items.map((i) => i.label)).to.have.members(['C +2', 'Z +2']);
    expect(size?.title).to.equal('Size: Evidence (weighted degree)');
    expect(relations?.items.map((i) => i.label).join(' ')).to.not.contain('CO_MENTIONED');
    // With co-mentions drawn, the legend names their grey line and its grain.
    const [, withCoMentions] = legendSections(
      { colorBy: 'community', sizeBy: 'evidence' },
      measured,
      'sentence',
    );
    expect(withCoMentions?.items.at(-1)).to.deep.equal({
      color: CO_MENTION_COLOR,
      label: 'CO_MENTIONED (same sentence, both ways)',
      kind: 'line',
    });
    // b carries 12 sentences, the most: it is drawn biggest.
    expect([...largestNodes(graph, 1)]).to.deep.equal(['b']);
  });

  it('should go back to type colours and size by PageRank on demand', () => {
    applyAppearance(graph, { colorBy: 'type', sizeBy: 'pagerank' });
    graph.forEachNode((_n, a) => {
      expect(a.color).to.equal(ENTITY_STYLES.Person.color);
      expect(a.community).to.equal(undefined);
      expect(a.size).to.be.within(4, 24);
    });
  });
});

describe('web/client/layout', () => {
  it('should measure movement as a share of the spacing between nodes, whatever the scale', () => {
    const before = new Float64Array([0, 0, 10, 0, 0, 10, 10, 10]);
    const after = before.map((v, i) => (i === 0 ? v + 1 : v));
    // One of four nodes moved 1 over a spacing of 5 (a 10×10 box for 4 nodes): 0.05.
    expect(movement(before, after)).to.be.closeTo(0.05, 1e-9);
    expect(
      movement(
        before.map((v) => v * 100),
        after.map((v) => v * 100),
      ),
    ).to.be.closeTo(0.05, 1e-9);
    expect(movement(before, before)).to.equal(0);
    expect(movement(before, after.subarray(2))).to.equal(Infinity);
  });
});

describe('web/client/keyboard-nav', () => {
  const around = [
    { id: 'east', x: 10, y: 1 },
    { id: 'far-east', x: 30, y: 0 },
    { id: 'north', x: 0, y: -10 },
    { id: 'south-west', x: -5, y: 6 },
  ];
  it('should move to the neighbour lying most in the arrow direction, the nearer on a tie', () => {
    const from = { x: 0, y: 0 };
    expect(pickInDirection(from, around, 'ArrowRight')).to.equal('far-east');
    expect(pickInDirection(from, around, 'ArrowUp')).to.equal('north');
    expect(pickInDirection(from, around, 'ArrowDown')).to.equal('south-west');
    expect(pickInDirection(from, around, 'ArrowLeft')).to.equal('south-west');
    expect(
      pickInDirection(
        from,
        [
          { id: 'a', x: 5, y: 0 },
          { id: 'b', x: 9, y: 0 },
        ],
        'ArrowRight',
      ),
    ).to.equal('a');
  });

  it('should always move somewhere when there is a neighbour, and nowhere on another key', () => {
    expect(pickInDirection({ x: 0, y: 0 }, [{ id: 'east', x: 10, y: 0 }], 'ArrowLeft')).to.equal(
      'east',
    );
    expect(pickInDirection({ x: 0, y: 0 }, around, 'Enter')).to.equal(null);
    expect(pickInDirection({ x: 0, y: 0 }, [], 'ArrowLeft')).to.equal(null);
  });
});

describe('web/shared/csv', () => {
  it('should quote correctly and defuse cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=HYPERLINK("http://x")', '+1'],
        ['-2 dead', '@SUM(A1)'],
        ['\tcmd', '\rcmd'],
        ['said "no", then left', 'line\nbreak'],
        [-3, null],
      ],
    );
    expect(csv.split('\r\n')).to.deep.equal([
      'a,b',
      '"\'=HYPERLINK(""http://x"")",\'+1',
      "'-2 dead,'@SUM(A1)",
      '\'\tcmd,"\'\rcmd"',
      '"said ""no"", then left","line\nbreak"',
      '-3,',
      '',
    ]);
  });
});
