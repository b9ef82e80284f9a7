import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { readFile } from 'node:fs/promises';
import { COMMUNITY_COLORS, FALLBACK_COLOR } from '../../web/shared/palette.js';
import { SETTLE } from '../../web/client/layout.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import {
  ingestCorpus,
  XSS_ARTICLE_ID,
  XSS_PAYLOAD,
  type IngestedCorpus,
} from '../api/support/ingested-corpus.js';
import {
  hook,
  hoverEdge,
  openPage,
  SCREENSHOTS,
  searchAndPick,
  seriousAxeViolations,
  shot,
  startExplorer,
  waitUntilIdle,
  type Explorer,
} from './support/browser.js';

describe('explorer page (headless Chromium, real server, test Neo4j)', function () {
  this.timeout(120_000);
  let corpus: IngestedCorpus;
  let explorer: Explorer;
  let witkoff: string;

  before(async function () {
    this.timeout(240_000);
    corpus = await ingestCorpus();
    explorer = await startExplorer();
    const [hit] = await corpus.store.search('Steve Witkoff', 1);
    witkoff = hit?.id ?? 'missing';
  });
  after(async () => {
    await explorer?.close();
    await corpus?.close();
  });

  it('should load, draw the graph with WebGL, settle the layout, label the biggest nodes, keep the legend off the graph and break no CSP rule', async () => {
    const { page, problems } = await openPage(explorer);
    const drawn = await hook(page, (g) => ({ order: g.graph.order, size: g.graph.size }));
    expect(drawn.order).to.be.greaterThan(3);
    expect(drawn.size).to.be.greaterThan(2);
    const box = await page.locator('#graph').boundingBox();
    expect(box?.height).to.be.greaterThan(300);
    expect(await page.locator('#graph canvas').count()).to.be.greaterThan(3);
    // Count coloured pixels on the WebGL node layer, composed right after a render.
    const inked = await page.evaluate(() => {
      const hookValue = (
        window as unknown as {
          __newsgraph: {
            renderer: { refresh(): void; getCanvases(): Record<string, HTMLCanvasElement> };
          };
        }
      ).__newsgraph;
      hookValue.renderer.refresh();
      const layer = hookValue.renderer.getCanvases().nodes as HTMLCanvasElement;
      const canvas = document.createElement('canvas');
      canvas.width = layer.width;
      canvas.height = layer.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(layer, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) n++;
      return n;
    });
    expect(inked).to.be.greaterThan(200);
    // The layout worker runs from a blob: URL; the CSP must let it.
    await page.waitForTimeout(500);
    expect(problems.filter((p) => /Content Security Policy|Refused/i.test(p))).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    // The layout runs until nodes stop moving (the measure in layout.ts), then stops by itself.
    await page.waitForFunction(
      () => document.getElementById('layout-toggle')?.textContent === 'Run layout',
      null,
      { timeout: 90_000 },
    );
    const layout = await hook(page, (g) => g.layout);
    expect(layout.stoppedBy).to.equal('settled');
    expect(layout.movement).to.be.lessThan(SETTLE.threshold);
    // The biggest nodes carry their label, whatever the label grid would drop.
    const labels = await hook(page, (g) => {
      const sizes = g.graph.nodes().map((n) => [n, Number(g.graph.getNodeAttributes(n).size)]);
      const biggest = sizes
        .sort((a, b) => Number(b[1]) - Number(a[1]))
        .slice(0, 12)
        .map(([n]) => n);
      const shown = g.renderer.getNodeDisplayedLabels();
      return { biggest, missing: biggest.filter((n) => !shown.has(String(n))) };
    });
    expect(labels.biggest).to.have.length.greaterThan(3);
    expect(labels.missing).to.deep.equal([]);
    // The legend sits under the graph, never over it, and folds away.
    const graphBox = await page.locator('#graph').boundingBox();
    const legendBox = await page.locator('#legend').boundingBox();
    expect(legendBox?.y).to.be.at.least((graphBox?.y ?? 0) + (graphBox?.height ?? 0) - 0.5);
    expect(await page.locator('#legend-body').textContent()).to.contain('MET_WITH');
    await shot(page, 'overview');
    await page.click('#legend summary');
    expect(await page.locator('#legend-body').isVisible()).to.equal(false);
    const grown = await page.locator('#graph').boundingBox();
    expect(grown?.height).to.be.greaterThan(graphBox?.height ?? 0);
    await shot(page, 'legend-collapsed');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await page.close();
  });

  it('should open Witkoff from the search box with MET_WITH Netanyahu and its evidence', async () => {
    const { page } = await openPage(explorer);
    await page.fill('#search-input', 'Witkof');
    await page.waitForSelector('#search-results li[role="option"][id]', { state: 'visible' });
    expect(await page.locator('#search-results li').first().textContent()).to.contain(
      'Steve Witkoff',
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details:not([hidden]) .relation');
    await waitUntilIdle(page);
    expect(await page.locator('#details h2').textContent()).to.equal('Steve Witkoff');
    const card = page
      .locator('#details .relation[data-relation="MET_WITH"]')
      .filter({ hasText: 'Benjamin Netanyahu' })
      .filter({ hasText: 'meetings in Israel' });
    expect(await card.count()).to.be.greaterThan(0);
    const first = card.first();
    expect(await first.locator('.other').textContent()).to.equal('Benjamin Netanyahu');
    expect(await first.locator('blockquote').textContent()).to.contain(
      'meetings in Israel with Prime Minister Benjamin Netanyahu',
    );
    expect((await first.locator('mark').textContent())?.trim()).to.not.equal('');
    expect(await first.locator('.source').textContent()).to.contain(
      'U.S.-Iran nuclear talks back on after appeals from regional allies',
    );
    const state = await hook(page, (g) => ({ focus: g.highlight.focus, node: g.state.node }));
    expect(state).to.deep.equal({ focus: witkoff, node: witkoff });
    expect(page.url()).to.contain(`node=${encodeURIComponent(witkoff)}`);
    await page.waitForTimeout(1500);
    // The focused entity and every neighbour carry their label.
    const unlabelled = await hook(page, (g) => {
      const focus = String(g.highlight.focus);
      const shown = g.renderer.getNodeDisplayedLabels();
      return [focus, ...g.graph.neighbors(focus)].filter((n) => !shown.has(n));
    });
    expect(unlabelled).to.deep.equal([]);
    await shot(page, 'witkoff-panel');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);

    // Keyboard: the panel opened from the search box took the focus; Escape gives it back.
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a ? `${a.tagName.toLowerCase()}#${a.id}` : '';
      });
    expect(await focused()).to.equal('h2#details-name');
    await page.keyboard.press('Escape');
    expect(await page.locator('#details').isHidden()).to.equal(true);
    expect(await focused()).to.equal('input#search-input');
    // On the graph, an arrow key moves to a neighbour and says which; Enter enters its panel.
    await searchAndPick(page, 'Steve Witkoff');
    const neighbours = await hook(page, (g) => g.graph.neighbors(String(g.highlight.focus)));
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((from) => {
      const g = (window as unknown as { __newsgraph: { state: { node?: string } } }).__newsgraph;
      return g.state.node !== from;
    }, witkoff);
    await waitUntilIdle(page);
    const moved = await hook(page, (g) => g.state.node);
    expect(neighbours).to.include(moved);
    const name = await hook(page, (g) =>
      String(g.graph.getNodeAttributes(String(g.state.node)).label),
    );
    expect(await page.locator('#graph-announcer').textContent()).to.contain(name);
    expect(await focused()).to.equal('div#graph');
    await page.keyboard.press('Enter');
    expect(await focused()).to.equal('h2#details-name');
    expect(await page.locator('#details-name').textContent()).to.equal(name);
    await page.keyboard.press('Escape');
    expect(await focused()).to.equal('div#graph');
    await page.close();
  });

  it('should hide every other relation when the filter keeps MET_WITH only', async () => {
    const { page } = await openPage(explorer);
    const before = await hook(page, (g) => g.graph.size);
    const others = page.locator('#filter-relations input:not([value="MET_WITH"])');
    const count = await others.count();
    let loads = await hook(page, (g) => g.loads);
    for (let i = 0; i < count; i++) {
      await others.nth(i).uncheck();
      await waitUntilIdle(page, ++loads);
    }
    const relations = await hook(page, (g) => {
      const seen: string[] = [];
      g.graph.forEachEdge((_e, a) => seen.push(String(a.relation)));
      return seen;
    });
    expect(relations.length).to.be.greaterThan(0);
    expect(relations.length).to.be.lessThan(before);
    expect([...new Set(relations)]).to.deep.equal(['MET_WITH']);
    expect(page.url()).to.contain('relations=MET_WITH');
    await shot(page, 'filter-met-with');
    await page.close();
  });

  it('should restore a shared view from its URL', async () => {
    const path = `/?relations=MET_WITH&node=${encodeURIComponent(witkoff)}`;
    const { page } = await openPage(explorer, path);
    await page.waitForSelector('#details:not([hidden]) .relation');
    expect(await page.locator('#details h2').textContent()).to.equal('Steve Witkoff');
    const checked = await page
      .locator('#filter-relations input:checked')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(checked).to.deep.equal(['MET_WITH']);
    const view = await hook(page, (g) => {
      const types = new Set<string>();
      g.graph.forEachEdge((_e, a) => types.add(String(a.relation)));
      return { focus: g.highlight.focus, types: [...types] };
    });
    expect(view).to.deep.equal({ focus: witkoff, types: ['MET_WITH'] });
    await page.close();

    const [netanyahu] = await corpus.store.search('Benjamin Netanyahu', 1);
    const withPath = await openPage(
      explorer,
      `${path}&path=${encodeURIComponent(netanyahu?.id ?? '')}`,
    );
    const shown = await hook(withPath.page, (g) => g.highlight.path);
    expect(shown).to.have.members([witkoff, netanyahu?.id]);
    await withPath.page.close();
  });

  it('should open every piece of evidence of an edge on click, MET_WITH drawn and told without a direction', async () => {
    const { page, problems } = await openPage(explorer, '/?relations=MET_WITH');
    await page.waitForFunction(
      () => document.getElementById('layout-toggle')?.textContent === 'Run layout',
      null,
      { timeout: 30_000 },
    );
    const [netanyahu] = await corpus.store.search('Benjamin Netanyahu', 1);
    const edge = await hoverEdge(page, witkoff, netanyahu?.id ?? 'missing');
    expect(edge.id, 'an edge between Witkoff and Netanyahu').to.be.a('string');
    expect(edge.program, 'MET_WITH is drawn without an arrow').to.equal('line');
    expect(await page.locator('#tooltip').textContent()).to.contain(
      'Benjamin Netanyahu and Steve Witkoff met',
    );
    expect(await page.locator('#tooltip').textContent()).to.not.contain('→');
    // The first view's edges count their articles without listing them.
    expect(await page.locator('#tooltip').textContent()).to.contain('2 sentences in 2 articles');
    const { x, y } = edge;
    await page.mouse.click(x, y);
    await page.waitForSelector('#details:not([hidden]) .edge-group');
    await waitUntilIdle(page);
    const heading = (await page.locator('#details h2').textContent()) ?? '';
    expect(heading).to.contain('Steve Witkoff');
    expect(heading).to.contain('Benjamin Netanyahu');
    const groups = page.locator('#details .edge-group');
    expect(await groups.count()).to.equal(1);
    expect(await groups.first().getAttribute('data-relation')).to.equal('MET_WITH');
    expect(await groups.first().locator('h4').textContent()).to.match(
      /(Steve Witkoff and Benjamin Netanyahu|Benjamin Netanyahu and Steve Witkoff) met/,
    );
    const articles = groups.first().locator('.edge-article');
    expect(await articles.count()).to.equal(2);
    const sources = await articles.locator('.source').allTextContents();
    expect(sources.join('\n')).to.contain(
      'U.S.-Iran nuclear talks back on after appeals from regional allies',
    );
    const quotes = await page.locator('#details .edge-group blockquote').allTextContents();
    expect(quotes.join('\n')).to.contain(
      'meetings in Israel with Prime Minister Benjamin Netanyahu',
    );
    expect(quotes.join('\n')).to.contain(XSS_PAYLOAD);
    const marks = await page.locator('#details .edge-group blockquote mark').allTextContents();
    expect(marks).to.have.length(await page.locator('#details .edge-group blockquote').count());
    for (const mark of marks) expect(mark.trim()).to.not.equal('');
    expect(await page.locator('#details .edge-group .meta').first().textContent()).to.match(
      /confidence \d\.\d\d · (happened|planned|reported|negated)/,
    );
    expect(await page.locator('img').count()).to.equal(0);
    await shot(page, 'edge-evidence');

    // The open edge is part of the shared link: opening it shows the same evidence.
    const shared = new URL(page.url());
    expect(shared.searchParams.get('edge')?.split(',').sort()).to.deep.equal(
      [witkoff, netanyahu?.id].sort(),
    );
    const reopened = await openPage(explorer, `${shared.pathname}${shared.search}`);
    await reopened.page.waitForSelector('#details:not([hidden]) .edge-group');
    expect(await reopened.page.locator('#details .edge-group blockquote').count()).to.equal(
      quotes.length,
    );
    await reopened.page.close();

    // Each piece of evidence links to its article, shown as text.
    await articles.first().locator('.source button.link').click();
    await page.waitForSelector('#details .article-sentences li');
    await waitUntilIdle(page);
    const title = (await articles.first().locator('.source button.link').count()) === 0;
    expect(title, 'the edge panel gave way to the article').to.equal(true);
    const sentences = await page.locator('#details .article-sentences li').allTextContents();
    expect(sentences.some((t) => quotes.includes(t))).to.equal(true);
    expect(await page.locator('#details .article-meta').textContent()).to.match(
      /^(\d{4}-\d\d-\d\d|undated)/,
    );
    expect(await page.locator('img').count()).to.equal(0);
    await shot(page, 'article-panel');
    expect(problems).to.deep.equal([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#details').isHidden()).to.equal(true);
    expect(new URL(page.url()).searchParams.has('edge')).to.equal(false);
    await page.close();
  });

  it('should show the shortest path to a node picked in the panel', async () => {
    const { page } = await openPage(explorer);
    await searchAndPick(page, 'Steve Witkoff');
    await page.fill('.path-finder input', 'Netanyahu');
    await page.waitForSelector('.path-finder li[role="option"][id]', { state: 'visible' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const g = (window as unknown as { __newsgraph: { highlight: { path: string[] | null } } })
        .__newsgraph;
      return g.highlight.path !== null;
    });
    const path = await hook(page, (g) => g.highlight.path);
    expect(path).to.have.length(2);
    expect(path).to.include(witkoff);
    expect(page.url()).to.contain('path=');
    expect(await page.locator('#status').textContent()).to.contain('Shortest path (1 step)');
    // "Explain this path": each hop with its evidence, as the edge panel shows it.
    await page.waitForSelector('#details .path-hop .edge-group blockquote');
    expect(await page.locator('#details .path-hop').count()).to.equal(1);
    expect(await page.locator('#details h2').textContent()).to.match(/^Path: .+ → .+/);
    await shot(page, 'path-explained');

    // By sentence, a path steps only along edges the view draws, a co-mention among them, and
    // each hop is explained under the view's own filters: a sentence both name, not an article.
    const [oman] = await corpus.store.search('Oman', 1);
    const [netanyahu] = await corpus.store.search('Benjamin Netanyahu', 1);
    const [from, to] = [oman?.id ?? 'missing', netanyahu?.id ?? 'missing'];
    await page.goto(
      new URL(
        `/?comention=sentence&node=${encodeURIComponent(from)}&path=${encodeURIComponent(to)}`,
        explorer.server.url,
      ).toString(),
    );
    await waitUntilIdle(page);
    await page.waitForSelector('#details .path-hop');
    const walked = await hook(page, (g) => ({
      path: g.highlight.path ?? [],
      edges: (g.highlight.pathEdges ?? []).map((id) =>
        g.graph.hasEdge(id) ? String(g.graph.getEdgeAttributes(id).relation) : `not drawn: ${id}`,
      ),
    }));
    expect(walked.path[0]).to.equal(from);
    expect(walked.path.at(-1)).to.equal(to);
    expect(walked.edges).to.have.length(walked.path.length - 1);
    expect(walked.edges).to.include('CO_MENTIONED');
    for (const relation of walked.edges) expect(relation).to.not.match(/^not drawn/);
    expect(await page.locator('#details .path-hop').count()).to.equal(walked.edges.length);
    expect(await page.locator('#details .path-hop:not(:has(.edge-group))').count()).to.equal(0);
    const shared = await page
      .locator('#details .path-hop .edge-group[data-relation="CO_MENTIONED"] .meta')
      .allTextContents();
    expect(shared.length).to.be.greaterThan(0);
    // Each article's sentences that name both, counted from 1 as a reader counts them.
    for (const line of shared) {
      expect(line).to.match(/^named together in sentences? [1-9]\d*((, [1-9]\d*)* and [1-9]\d*)?$/);
    }
    // Quoted on demand, for that one article: the sentences it numbers, read from its file.
    const article = page
      .locator('#details .path-hop .edge-group[data-relation="CO_MENTIONED"] .edge-article')
      .first();
    const numbers = ((await article.locator('.meta').textContent()) ?? '').match(/\d+/g) ?? [];
    await article.locator('button.quote').click();
    await article.locator('blockquote').first().waitFor();
    const quoted = await article.locator('blockquote').allTextContents();
    expect(quoted).to.have.length(numbers.length);
    for (const text of quoted) expect(text.trim()).to.not.equal('');
    await shot(page, 'path-comention-explained');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await page.close();
  });

  it('should draw co-mentions on demand and brush the timeline into a date range', async () => {
    const { page, problems } = await openPage(explorer, '/?comention=sentence');
    const [oman] = await corpus.store.search('Oman', 1);
    const drawn = await hook(page, (g) => {
      const types = new Set<string>();
      g.graph.forEachEdge((_e, a) => types.add(String(a.relation)));
      return { types: [...types], nodes: g.graph.nodes() };
    });
    expect(drawn.types).to.include('CO_MENTIONED');
    expect(drawn.nodes).to.include(oman?.id);
    expect(await page.locator('#filter-comention').inputValue()).to.equal('sentence');
    expect(await page.locator('#legend-body').textContent()).to.contain(
      'CO_MENTIONED (same sentence, both ways)',
    );
    // The GEXF carries each co-mention's article count: the view of the whole corpus knows how
    // many articles name both, not which (the edge panel reads those).
    await page.click('#export-menu summary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[data-export="gexf"]'),
    ]);
    await download.saveAs(`${SCREENSHOTS}/export-comentions.gexf`);
    const gexf = parseGexf(
      MultiDirectedGraph,
      (await readFile(`${SCREENSHOTS}/export-comentions.gexf`)).toString(),
    );
    const coMentionCounts = gexf
      .filterEdges((_e, a) => a.relation === 'CO_MENTIONED')
      .map((e) => Number(gexf.getEdgeAttribute(e, 'articleCount')));
    expect(coMentionCounts.length).to.be.greaterThan(0);
    for (const n of coMentionCounts) expect(n).to.be.at.least(1);

    // The timeline spans the dated evidence and says how much is undated.
    await page.waitForSelector('#timeline .timeline-bar');
    expect(await page.locator('#timeline .timeline-undated').textContent()).to.match(
      /^\d+ from \d+ undated articles?$/,
    );
    expect(await page.locator('#filter-undated').isChecked()).to.equal(true);
    const bars = await page
      .locator('#timeline .timeline-bar')
      .evaluateAll((all) => all.map((b) => b.getAttribute('data-date')));
    expect(bars.length).to.be.greaterThan(1);
    const box = await page.locator('#timeline svg').boundingBox();
    if (!box) throw new Error('no timeline chart');
    const loads = await hook(page, (g) => g.loads);
    // Brush the last day only: the graph keeps its evidence and the undated articles'.
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 2 });
    await page.mouse.up();
    await waitUntilIdle(page, loads + 1);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).to.equal(bars.at(-1));
    expect(url.searchParams.get('to')).to.equal(bars.at(-1));
    expect(await page.locator('#filter-from').inputValue()).to.equal(bars.at(-1));
    expect(await page.locator('#timeline .timeline-bar.in').count()).to.equal(1);
    await shot(page, 'comentions-timeline');
    // Leaving the undated out leaves only the evidence of that day.
    await page.locator('#filter-undated').uncheck();
    await waitUntilIdle(page, loads + 2);
    expect(new URL(page.url()).searchParams.get('undated')).to.equal('false');
    const cited = await hook(page, (g) => {
      const ids = new Set<string>();
      g.graph.forEachEdge((_e, a) => (a.articles as string[]).forEach((id) => ids.add(id)));
      return [...ids];
    });
    expect(cited).to.deep.equal([XSS_ARTICLE_ID]);

    // The table shows what the graph shows, sorts, and links the CSV under the same filters.
    await page.click('#table-toggle');
    const order = await hook(page, (g) => g.graph.order);
    expect(await page.locator('#table-view tbody tr').count()).to.equal(order);
    const degrees = async () =>
      (await page.locator('#table-view tbody td:nth-child(3)').allTextContents()).map(Number);
    const descending = await degrees();
    expect(descending).to.deep.equal([...descending].sort((a, b) => b - a));
    await page.click('#table-view th:nth-child(3) button');
    expect(await page.locator('#table-view th:nth-child(3)').getAttribute('aria-sort')).to.equal(
      'ascending',
    );
    expect(await degrees()).to.deep.equal([...descending].sort((a, b) => a - b));
    await page.click('#table-view button[data-table="relations"]');
    expect(await page.locator('#table-view tbody tr').count()).to.equal(
      await hook(page, (g) => g.graph.size),
    );
    // A co-mention claims nothing: it has no confidence, rather than a confidence of 0; it has
    // the articles that name both, here the one article left in view.
    const coMentionRows = await page.locator('#table-view tbody tr').evaluateAll((rows) =>
      rows
        .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))
        .filter((cells) => cells[1] === 'CO_MENTIONED')
        .map((cells) => ({ confidence: cells[4], articles: cells[5] })),
    );
    expect(coMentionRows.length).to.be.greaterThan(0);
    expect([...new Set(coMentionRows.map((r) => r.confidence))]).to.deep.equal(['—']);
    expect([...new Set(coMentionRows.map((r) => r.articles))]).to.deep.equal(['1']);
    // Nothing of the graph's legend shows between the table and the status line.
    const [table, status] = await Promise.all(
      ['#table-view', '#status'].map((s) => page.locator(s).boundingBox()),
    );
    expect((table?.y ?? 0) + (table?.height ?? 0)).to.be.at.least(status?.y ?? Infinity);
    const csv = new URL((await page.locator('#evidence-csv').getAttribute('href')) ?? '');
    expect(csv.pathname).to.equal('/api/export/evidence.csv');
    expect(csv.searchParams.get('undated')).to.equal('false');
    await shot(page, 'table-view');
    expect(problems).to.deep.equal([]);
    await page.close();
  });

  it('should add neighbours on demand to a view filtered down by a search term', async () => {
    const { page } = await openPage(explorer, '/?q=Rubio');
    const before = await hook(page, (g) => g.graph.order);
    await searchAndPick(page, 'Steve Witkoff');
    const afterSelect = await hook(page, (g) => ({
      order: g.graph.order,
      has: g.graph.hasNode(g.state.node ?? ''),
    }));
    expect(afterSelect.has).to.equal(true);
    expect(afterSelect.order).to.be.greaterThan(before);
    await page.click('#details button:has-text("Expand neighbours")');
    await waitUntilIdle(page);
    expect(await hook(page, (g) => g.graph.hasNode(g.state.node ?? ''))).to.equal(true);
    await page.close();
  });

  it('should show the Cypher of the view for Neo4j Browser', async () => {
    const { page } = await openPage(explorer, '/?relations=MET_WITH');
    await page.click('#cypher-open');
    const text = await page.locator('#cypher-text').textContent();
    expect(text).to.contain('type(r) IN ["MET_WITH"]');
    const href = await page.locator('#cypher-link').getAttribute('href');
    expect(href).to.match(/^http:\/\/127\.0\.0\.1:\d+\/browser\/\?cmd=edit&arg=MATCH/);
    const rows = await corpus.driver.executeQuery(
      text as string,
      {},
      { database: testNeo4jConfig().database },
    );
    expect(rows.records.length).to.be.greaterThan(0);
    for (const record of rows.records) {
      const path = record.get('p') as { segments: { relationship: { type: string } }[] };
      expect(path.segments[0]?.relationship.type).to.equal('MET_WITH');
    }
    await page.close();
  });

  it('should render an article carrying HTML as inert text', async () => {
    const { page, dialogs, problems } = await openPage(explorer);
    await searchAndPick(page, 'Steve Witkoff');
    const evidence = page.locator('#details blockquote').filter({ hasText: XSS_PAYLOAD });
    expect(await evidence.count()).to.be.greaterThan(0);
    await page.waitForSelector('#filter-articles label');
    expect(await page.locator('#filter-articles').textContent()).to.contain(XSS_PAYLOAD);
    expect(await page.locator('#details').textContent()).to.contain(XSS_PAYLOAD);
    expect(await page.locator('img').count()).to.equal(0);
    expect(await page.locator('body script').count()).to.equal(0);
    await page.waitForTimeout(500);
    expect(dialogs).to.deep.equal([]);
    expect(problems.filter((p) => /alert|onerror/.test(p))).to.deep.equal([]);
    await shot(page, 'xss-inert');
    await page.close();
  });

  it('should keep only the relations of an article ticked in the panel, its id holding spaces, and count its edges in view exactly', async () => {
    const { page, problems } = await openPage(explorer);
    const count = page.locator(
      `#filter-articles label:has(input[value="${XSS_ARTICLE_ID}"]) .count`,
    );
    const counted = async () => {
      await page.waitForFunction(
        (element) => /^\d+$/.test(element?.textContent ?? ''),
        await count.elementHandle(),
      );
      return Number(await count.textContent());
    };
    // The first view's edges count their articles without listing them: the count comes from
    // the store, and must be the edges of this article's own view that the first view draws.
    const before = await counted();
    const drawnBefore = await hook(page, (g) => g.graph.edges());
    await page.check(`#filter-articles input[value="${XSS_ARTICLE_ID}"]`);
    await waitUntilIdle(page, 2);
    expect(await page.locator('#status.error').count()).to.equal(0);
    const own = await hook(page, (g) => g.graph.edges());
    expect(own).to.have.length.greaterThan(0);
    expect(before).to.equal(own.filter((e) => drawnBefore.includes(e)).length);
    await page.waitForFunction(([element, n]) => element?.textContent === String(n), [
      await count.elementHandle(),
      own.length,
    ] as const);
    const cited = await hook(page, (g) => {
      const articles: string[][] = [];
      g.graph.forEachEdge((_e, a) => articles.push(a.articles as string[]));
      return articles;
    });
    expect(cited).to.have.length.greaterThan(0);
    for (const articles of cited) expect(articles).to.deep.equal([XSS_ARTICLE_ID]);
    expect(new URL(page.url()).searchParams.get('articles')).to.equal(XSS_ARTICLE_ID);
    expect(problems).to.deep.equal([]);
    await page.close();
  });

  it('should colour by community and size by PageRank, and export the view as drawn: GEXF viz, PNG with its legend, GraphML, JSON', async () => {
    const { page, problems } = await openPage(explorer);
    const order = await hook(page, (g) => g.graph.order);
    // Positions are compared with the files: wait until the layout has stopped moving them.
    await page.waitForFunction(
      () => document.getElementById('layout-toggle')?.textContent === 'Run layout',
      null,
      { timeout: 30_000 },
    );
    const drawn = () =>
      hook(page, (g) =>
        Object.fromEntries(
          g.graph.nodes().map((n) => {
            const a = g.graph.getNodeAttributes(n);
            return [n, { color: a.color, size: a.size, x: a.x, y: a.y, community: a.community }];
          }),
        ),
      );
    const byType = await drawn();
    await page.selectOption('#color-by', 'community');
    await page.selectOption('#size-by', 'pagerank');
    const byCommunity = await drawn();
    const communities = new Set(Object.values(byCommunity).map((n) => n.community));
    expect(communities.size, 'Louvain found several communities').to.be.greaterThan(1);
    for (const node of Object.values(byCommunity)) {
      expect(COMMUNITY_COLORS.concat(FALLBACK_COLOR)).to.include(node.color);
    }
    expect(Object.values(byCommunity).map((n) => n.size)).to.not.deep.equal(
      Object.values(byType).map((n) => n.size),
    );
    const legend = (await page.locator('#legend-body').textContent()) ?? '';
    expect(legend).to.contain('Communities');
    expect(legend).to.contain('Size: PageRank');
    await shot(page, 'communities-pagerank');

    const save = async (format: string) => {
      await page.click('#export-menu summary');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`button[data-export="${format}"]`),
      ]);
      const path = `${SCREENSHOTS}/export.${format}`;
      await download.saveAs(path);
      return readFile(path);
    };
    const png = await save('png');
    expect(png.subarray(1, 4).toString()).to.equal('PNG');
    // The legend is drawn below the graph: the image is taller than the graph, and the strip
    // under it holds the colour of the first community and dark legend text.
    const graphBox = await page.locator('#graph').boundingBox();
    const [first] = [...COMMUNITY_COLORS];
    const strip = await page.evaluate(
      async ({ bytes, graphHeight, color }) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const top = Math.ceil(graphHeight * window.devicePixelRatio);
        const below = context.getImageData(0, top, image.width, image.height - top).data;
        const want = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
        let [swatch, ink] = [0, 0];
        for (let i = 0; i < below.length; i += 4) {
          const [r, g, b] = [below[i] ?? 0, below[i + 1] ?? 0, below[i + 2] ?? 0];
          if (Math.abs(r - want[0]!) + Math.abs(g - want[1]!) + Math.abs(b - want[2]!) < 12)
            swatch++;
          if (r < 60 && g < 60 && b < 80) ink++;
        }
        return { height: image.height, swatch, ink };
      },
      { bytes: [...png], graphHeight: graphBox?.height ?? 0, color: first ?? '' },
    );
    expect(strip.height).to.be.greaterThan(graphBox?.height ?? 0);
    expect(strip.swatch, 'community swatch pixels in the legend strip').to.be.greaterThan(20);
    expect(strip.ink, 'legend text pixels').to.be.greaterThan(100);

    // GEXF: a strict namespace-aware parse finds one viz:color, viz:size and viz:position per
    // node in the declared viz namespace, and graphology-gexf reads back what the page draws.
    const gexfText = (await save('gexf')).toString();
    const viz = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = doc.documentElement.getAttribute('xmlns:viz') ?? '';
      // Inline, not a named helper: tsx would wrap a named function in a __name the page lacks.
      const [color, size, position] = ['color', 'size', 'position'].map(
        (name) => doc.getElementsByTagNameNS(ns, name).length,
      );
      return {
        ns,
        error: doc.getElementsByTagName('parsererror').length,
        color,
        size,
        position,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, gexfText);
    expect(viz.ns).to.equal('http://gexf.net/1.3/viz');
    expect(viz.error).to.equal(0);
    expect(viz.nodes).to.equal(order);
    expect(viz.size).to.equal(order);
    expect(viz.position).to.equal(order);
    expect(viz.color).to.equal(order + viz.edges);
    const gexf = parseGexf(MultiDirectedGraph, gexfText);
    expect(gexf.order).to.equal(order);
    const hex = (rgb: string) =>
      `#${(rgb.match(/\d+/g) ?? []).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    gexf.forEachNode((node, a) => {
      const want = byCommunity[node];
      expect(hex(String(a.color)), node).to.equal(want?.color);
      expect(Number(a.size)).to.be.closeTo(Number(want?.size), 1e-6);
      expect(Number(a.x)).to.be.closeTo(Number(want?.x), 1e-6);
      expect(Number(a.y)).to.be.closeTo(Number(want?.y), 1e-6);
    });
    const graphml = parseGraphml(MultiDirectedGraph, (await save('graphml')).toString());
    expect(graphml.order).to.equal(order);
    const json = JSON.parse((await save('json')).toString()) as { nodes: unknown[] };
    expect(json.nodes).to.have.length(order);
    expect(problems).to.deep.equal([]);
    await page.close();
  });

  it('should keep node positions across a reload and let the user stop and restart the layout', async () => {
    const { page } = await openPage(explorer);
    const toggle = page.locator('#layout-toggle');
    await page.waitForFunction(
      () => document.getElementById('layout-toggle')?.textContent === 'Run layout',
      null,
      { timeout: 30_000 },
    );
    const positions = await hook(page, (g) =>
      g.graph
        .nodes()
        .map((n) => [n, g.graph.getNodeAttributes(n).x, g.graph.getNodeAttributes(n).y]),
    );
    await page.reload();
    const again = page;
    await waitUntilIdle(again);
    expect((await again.locator('#layout-toggle').textContent())?.trim()).to.equal('Run layout');
    const restored = await hook(again, (g) =>
      g.graph
        .nodes()
        .map((n) => [n, g.graph.getNodeAttributes(n).x, g.graph.getNodeAttributes(n).y]),
    );
    // Saved to a hundredth of a unit: close enough that nothing visibly moves.
    expect(restored.map(([id]) => id)).to.deep.equal(positions.map(([id]) => id));
    restored.forEach(([, x, y], i) => {
      expect(x).to.be.closeTo(positions[i]?.[1] as number, 0.01);
      expect(y).to.be.closeTo(positions[i]?.[2] as number, 0.01);
    });
    // Start, then stop while it runs. On a loaded machine a restored layout may settle by itself
    // just before a click, which then starts it again: click again while it says "Stop layout".
    const toggleText = async () => (await again.locator('#layout-toggle').textContent())?.trim();
    await again.click('#layout-toggle');
    // One measure taken: the worker has moved the nodes at least once.
    await again.waitForFunction(() => {
      const g = (window as unknown as { __newsgraph: { layout: { movement: number | null } } })
        .__newsgraph;
      return g.layout.movement !== null;
    });
    let stoppedBy: string | null = null;
    for (let attempt = 0; attempt < 5 && stoppedBy !== 'user'; attempt++) {
      if ((await toggleText()) === 'Run layout') await again.click('#layout-toggle');
      await again.click('#layout-toggle');
      stoppedBy = await hook(again, (g) => g.layout.stoppedBy);
    }
    expect(stoppedBy).to.equal('user');
    expect((await again.locator('#layout-toggle').textContent())?.trim()).to.equal('Run layout');
    const moved = await hook(again, (g) =>
      g.graph
        .nodes()
        .map((n) => [n, g.graph.getNodeAttributes(n).x, g.graph.getNodeAttributes(n).y]),
    );
    expect(moved).to.not.deep.equal(positions);
    expect(await toggle.count()).to.equal(1);
    await page.close();
  });

  it('should show a tooltip on hover and zoom with the buttons', async () => {
    const { page } = await openPage(explorer);
    await page.waitForFunction(
      () => document.getElementById('layout-toggle')?.textContent === 'Run layout',
      null,
      { timeout: 30_000 },
    );
    const at = await page.evaluate((id) => {
      const r = (
        window as unknown as {
          __newsgraph: {
            renderer: {
              getNodeDisplayData(n: string): { x: number; y: number };
              framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            };
          };
        }
      ).__newsgraph.renderer;
      return r.framedGraphToViewport(r.getNodeDisplayData(id));
    }, witkoff);
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await page.waitForSelector('#tooltip:not([hidden])');
    expect(await page.locator('#tooltip').textContent()).to.contain('Steve Witkoff');
    await shot(page, 'hover-tooltip');
    const ratio = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __newsgraph: { renderer: { getCamera(): { ratio: number } } };
            }
          ).__newsgraph.renderer.getCamera().ratio,
      );
    const before = await ratio();
    await page.focus('#zoom-in');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(await ratio()).to.be.lessThan(before);
    await page.click('#zoom-reset');
    await page.waitForTimeout(500);
    expect(await ratio()).to.equal(1);
    await page.close();
  });
});
