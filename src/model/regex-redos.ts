/**
 * Catastrophic backtracking check for regular expressions. A backtracking engine (V8's, which runs Ajv's
 * `pattern`) takes exponential time on a failing input exactly when the pattern's automaton is
 * exponentially ambiguous: some state can return to itself along two different paths that read the same
 * text — `(a+)+`, `(a|a)*`, `(\w+\s?)+`. That is decided on the product of the automaton with itself
 * (Weber & Seidl's criterion): some strongly connected component holds a pair (q, q) and either a pair
 * (p, r) with p ≠ r, or a step that two different paths take between the same states.
 *
 * The automaton keeps every ε-path a backtracking engine tries: a character reached from another along two
 * ε-paths (the inner and the outer loop of `(a+)+`) is two transitions, not one. Patterns with only
 * polynomial ambiguity (`\d*\d*`) are not reported; bounded repeats above {@link MAX_EXPANDED} count as
 * unbounded. Only states on a cycle of the automaton can be on an ambiguous cycle, so the product is built
 * per strongly connected component, which keeps the check fast on long patterns without loops.
 */
import { intersects, parseRegex, type CharSet, type RegexNode } from './regex-parse.js';

/**
 * Bounded repeats up to this many copies are expanded; larger bounds are analysed as unbounded, because
 * nested bounded repeats backtrack like unbounded ones (`^(\w{1,16}){1,16}$` took 140 s on 61 characters).
 */
const MAX_EXPANDED = 4;
/** Work budget (ε-path steps plus product transitions); past it the pattern is reported as undecided. */
const MAX_STEPS = 1_000_000;
/** Repeats tried (innermost first) when naming the part to rewrite; past them the whole pattern is named. */
const MAX_CULPRIT_CHECKS = 8;

export interface BacktrackingFinding {
  /** The repeated part that can match the same text more than one way, as written (or the whole pattern). */
  part: string;
  /** Set when the pattern was too large to decide within the work budget (the whole pattern is named). */
  undecided?: true;
}

/**
 * Whether `pattern` can backtrack catastrophically, and the repeated part responsible; `undefined` when it
 * cannot (or is not a pattern this check reads).
 *
 * @example
 * findCatastrophicBacktracking('^(a+)+$'); // { part: '(a+)+' }
 * findCatastrophicBacktracking('^[a-z0-9_-]+$'); // undefined
 */
export function findCatastrophicBacktracking(pattern: string): BacktrackingFinding | undefined {
  const ast = parseRegex(pattern);
  // Without a loop there is no cycle, so nothing to decide (and a long literal costs nothing).
  if (!ast || !hasLoop(ast)) return undefined;
  const verdict = exponentiallyAmbiguous(ast);
  if (verdict === 'undecided') return { part: pattern, undecided: true };
  if (!verdict) return undefined;
  // Name the innermost repeat that is ambiguous on its own: that is the part to rewrite.
  const repeats: Extract<RegexNode, { type: 'repeat' }>[] = [];
  collectRepeats(ast, repeats);
  const culprit = repeats
    .filter((r) => r.max > MAX_EXPANDED)
    .sort((a, b) => a.end - a.start - (b.end - b.start))
    .slice(0, MAX_CULPRIT_CHECKS)
    .find((r) => exponentiallyAmbiguous(r) === true);
  return { part: culprit ? pattern.slice(culprit.start, culprit.end) : pattern };
}

function hasLoop(node: RegexNode): boolean {
  const repeats: Extract<RegexNode, { type: 'repeat' }>[] = [];
  collectRepeats(node, repeats);
  return repeats.some((r) => r.max > MAX_EXPANDED);
}

function collectRepeats(node: RegexNode, out: Extract<RegexNode, { type: 'repeat' }>[]): void {
  if (node.type === 'repeat') {
    out.push(node);
    collectRepeats(node.body, out);
  } else if (node.type === 'seq') node.items.forEach((n) => collectRepeats(n, out));
  else if (node.type === 'alt') node.alts.forEach((n) => collectRepeats(n, out));
}

/** A state of the ε-NFA: a character (set, then `next`) or a fork of ε-edges. `-1` is the accepting end. */
type State = { kind: 'char'; set: CharSet; next: number } | { kind: 'eps'; next: number[] };

class Nfa {
  readonly states: State[] = [];
  add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }
  /** Thompson construction in continuation style: the entry state of `node` followed by `out`. */
  build(node: RegexNode, out: number): number {
    switch (node.type) {
      case 'empty':
        return out;
      case 'char':
        return this.add({ kind: 'char', set: node.set, next: out });
      case 'seq':
        return node.items.reduceRight((next, item) => this.build(item, next), out);
      case 'alt':
        return this.add({ kind: 'eps', next: node.alts.map((a) => this.build(a, out)) });
      case 'repeat':
        return this.repeat(node, out);
    }
  }
  private repeat(node: Extract<RegexNode, { type: 'repeat' }>, out: number): number {
    const unbounded = node.max === Infinity || node.max > MAX_EXPANDED;
    const min = Math.min(node.min, MAX_EXPANDED);
    let entry = out;
    if (unbounded) {
      // x* : after each copy of x, a fork back into x or out (one copy, so nesting does not multiply
      // states). Entering is a separate fork: in `(a*)*` a new outer iteration entering the inner loop is
      // another path than the inner loop going round, and sharing one fork would merge the two.
      const loop = this.add({ kind: 'eps', next: [] });
      const body = this.build(node.body, loop);
      (this.states[loop] as { next: number[] }).next.push(body, out);
      entry = min > 0 ? body : this.add({ kind: 'eps', next: [body, out] });
      for (let i = 1; i < min; i++) entry = this.build(node.body, entry);
      return entry;
    }
    for (let i = node.max; i > min; i--) entry = this.add({ kind: 'eps', next: [this.build(node.body, entry), out] });
    for (let i = 0; i < min; i++) entry = this.build(node.body, entry);
    return entry;
  }
}

class BudgetExceeded extends Error {}

/** Decide exponential ambiguity of the pattern `node` (unanchored start; a failing end is always possible). */
function exponentiallyAmbiguous(node: RegexNode): boolean | 'undecided' {
  const nfa = new Nfa();
  const entry = nfa.build(node, -1);
  const budget = { steps: 0 };
  try {
    const paths = new EpsilonPaths(nfa, budget);
    const moves = nfa.states.map((st) => (st.kind === 'char' ? paths.from(st.next) : new Map<number, number>()));
    // Only states reachable from the start matter.
    const reachable = reach(paths.from(entry), moves);
    // A cycle of the product projects onto cycles through the same states: look only inside each component.
    const components = stronglyConnected([...reachable], (q) => [...moves[q]!.keys()]);
    return components.some((component) => {
      const looped = component.length > 1 || moves[component[0]!]!.has(component[0]!);
      return looped && productHasAmbiguousCycle(nfa, moves, new Set(component), budget);
    });
  } catch (error) {
    if (error instanceof BudgetExceeded) return 'undecided';
    throw error;
  }
}

/** The character states reachable from the first ones. */
function reach(first: Map<number, number>, moves: readonly Map<number, number>[]): Set<number> {
  const seen = new Set(first.keys());
  const queue = [...seen];
  while (queue.length) {
    for (const next of moves[queue.pop()!]!.keys()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/** Tarjan's strongly connected components of `nodes` under `next` (iterative: patterns can be long). */
function stronglyConnected(nodes: readonly number[], next: (node: number) => number[]): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: number; edges: number[]; i: number }[] = [];
    const open = (node: number): void => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: next(node), i: 0 });
    };
    open(root);
    while (work.length) {
      const frame = work.at(-1)!;
      if (frame.i < frame.edges.length) {
        const to = frame.edges[frame.i++]!;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: number[] = [];
      for (;;) {
        const n = stack.pop()!;
        onStack.delete(n);
        component.push(n);
        if (n === frame.node) break;
      }
      components.push(component);
    }
  }
  return components;
}

/**
 * For every state, the character states reachable from it through ε-edges only, each with the number of
 * distinct simple ε-paths leading there (capped at 2: "more than one way" is all that matters). Forks
 * that cannot reach an ε-cycle form a DAG and are counted once each (memoised); the rest are walked path
 * by path, within the budget.
 */
class EpsilonPaths {
  private readonly memo = new Map<number, Map<number, number>>();
  private readonly tainted = new Set<number>();
  constructor(
    private readonly nfa: Nfa,
    private readonly budget: { steps: number },
  ) {
    const forks = nfa.states.flatMap((st, i) => (st.kind === 'eps' ? [i] : []));
    const forkNext = (n: number): number[] =>
      (nfa.states[n] as { next: number[] }).next.filter((m) => m >= 0 && nfa.states[m]!.kind === 'eps');
    // Tarjan emits components sinks first, so every successor's taint is known when a component is read.
    for (const component of stronglyConnected(forks, forkNext)) {
      const cyclic = component.length > 1 || forkNext(component[0]!).includes(component[0]!);
      if (cyclic || component.some((n) => forkNext(n).some((m) => this.tainted.has(m))))
        for (const n of component) this.tainted.add(n);
    }
  }

  from(state: number): Map<number, number> {
    const counts = new Map<number, number>();
    const onPath = new Set<number>();
    const visit = (at: number): void => {
      if (++this.budget.steps > MAX_STEPS) throw new BudgetExceeded();
      if (at < 0) return;
      const st = this.nfa.states[at]!;
      if (st.kind === 'char' || !this.tainted.has(at)) {
        for (const [q, n] of this.untainted(at)) counts.set(q, Math.min(2, (counts.get(q) ?? 0) + n));
        return;
      }
      // An ε-cycle would be an empty iteration, which the engine refuses: simple paths only.
      if (onPath.has(at)) return;
      onPath.add(at);
      for (const next of st.next) visit(next);
      onPath.delete(at);
    };
    visit(state);
    return counts;
  }

  /** Path counts from a character state (itself) or a fork that reaches no ε-cycle (a DAG below it). */
  private untainted(at: number): Map<number, number> {
    const st = this.nfa.states[at]!;
    if (st.kind === 'char') return new Map([[at, 1]]);
    const hit = this.memo.get(at);
    if (hit) return hit;
    const counts = new Map<number, number>();
    for (const next of st.next) {
      if (++this.budget.steps > MAX_STEPS) throw new BudgetExceeded();
      if (next < 0) continue;
      for (const [q, n] of this.untainted(next)) counts.set(q, Math.min(2, (counts.get(q) ?? 0) + n));
    }
    this.memo.set(at, counts);
    return counts;
  }
}

/**
 * Whether the product of the automaton with itself, restricted to pairs of states of one component, has a
 * strongly connected component holding a diagonal pair on an ambiguous cycle.
 */
function productHasAmbiguousCycle(
  nfa: Nfa,
  moves: Map<number, number>[],
  component: ReadonlySet<number>,
  budget: { steps: number },
): boolean {
  const setOf = (q: number): CharSet => (nfa.states[q] as { set: CharSet }).set;
  const width = moves.length;
  const key = (p: number, q: number): number => p * width + q;
  const cache = new Map<number, { to: number; twoWays: boolean }[]>();
  const successors = (k: number): { to: number; twoWays: boolean }[] => {
    const hit = cache.get(k);
    if (hit) return hit;
    const p = Math.floor(k / width);
    const q = k % width;
    const out: { to: number; twoWays: boolean }[] = [];
    for (const [p2, np] of moves[p]!) {
      if (!component.has(p2)) continue;
      for (const q2 of moves[q]!.keys()) {
        if (++budget.steps > MAX_STEPS) throw new BudgetExceeded();
        if (component.has(q2) && (p2 === q2 || intersects(setOf(p2), setOf(q2))))
          out.push({ to: key(p2, q2), twoWays: p === q && p2 === q2 && np > 1 });
      }
    }
    cache.set(k, out);
    return out;
  };
  const diagonal = [...component].map((q) => key(q, q));
  const productComponents = stronglyConnected(diagonal, (k) => successors(k).map((e) => e.to));
  return productComponents.some((c) => ambiguousComponent(new Set(c), width, successors));
}

function ambiguousComponent(
  component: Set<number>,
  width: number,
  successors: (k: number) => { to: number; twoWays: boolean }[],
): boolean {
  const diagonal = [...component].filter((k) => Math.floor(k / width) === k % width);
  if (diagonal.length === 0) return false;
  if (diagonal.length < component.size) return true;
  return diagonal.some((k) => successors(k).some((e) => e.twoWays && component.has(e.to)));
}
