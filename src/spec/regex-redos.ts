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
 * unbounded.
 */
import { intersects, parseRegex, type CharSet, type RegexNode } from './regex-parse.js';

/** Bounded repeats up to this many copies are expanded; larger bounds are analysed as unbounded. */
const MAX_EXPANDED = 16;
/** Patterns whose automaton has more character states than this are not analysed (none of ours comes close). */
const MAX_STATES = 400;
/** Work budget for the ε-path enumeration; past it the pattern is not analysed. */
const MAX_STEPS = 200_000;

export interface BacktrackingFinding {
  /** The repeated part that can match the same text more than one way, as written (or the whole pattern). */
  part: string;
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
  if (!ast || !exponentiallyAmbiguous(ast)) return undefined;
  // Name the innermost repeat that is ambiguous on its own: that is the part to rewrite.
  const repeats: Extract<RegexNode, { type: 'repeat' }>[] = [];
  collectRepeats(ast, repeats);
  const culprit = repeats
    .filter((r) => r.max > MAX_EXPANDED || r.max === Infinity)
    .sort((a, b) => a.end - a.start - (b.end - b.start))
    .find((r) => exponentiallyAmbiguous(r));
  return { part: culprit ? pattern.slice(culprit.start, culprit.end) : pattern };
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
function exponentiallyAmbiguous(node: RegexNode): boolean {
  const nfa = new Nfa();
  const entry = nfa.build(node, -1);
  const chars = nfa.states.flatMap((s, i) => (s.kind === 'char' ? [i] : []));
  if (chars.length > MAX_STATES) return false;
  let moves: Map<number, number>[];
  try {
    const budget = { steps: 0 };
    const start = epsilonPaths(nfa, entry, budget);
    moves = nfa.states.map((s) => (s.kind === 'char' ? epsilonPaths(nfa, s.next, budget) : new Map()));
    // The start is a pseudo-state: index `states.length`.
    moves.push(start);
  } catch (error) {
    if (error instanceof BudgetExceeded) return false;
    throw error;
  }
  return productHasAmbiguousCycle(nfa, moves, nfa.states.length);
}

/**
 * The character states reachable from `from` through ε-edges only, each with the number of distinct
 * simple ε-paths leading there (capped at 2: "more than one way" is all that matters).
 */
function epsilonPaths(nfa: Nfa, from: number, budget: { steps: number }): Map<number, number> {
  const counts = new Map<number, number>();
  const onPath = new Set<number>();
  const visit = (state: number): void => {
    if (++budget.steps > MAX_STEPS) throw new BudgetExceeded();
    if (state < 0) return;
    const s = nfa.states[state]!;
    if (s.kind === 'char') {
      counts.set(state, Math.min(2, (counts.get(state) ?? 0) + 1));
      return;
    }
    // An ε-cycle would be an empty iteration, which the engine refuses: simple paths only.
    if (onPath.has(state)) return;
    onPath.add(state);
    for (const next of s.next) visit(next);
    onPath.delete(state);
  };
  visit(from);
  return counts;
}

/** Tarjan's SCCs on the product automaton (iteratively), looking for a diagonal pair on an ambiguous cycle. */
function productHasAmbiguousCycle(nfa: Nfa, moves: Map<number, number>[], start: number): boolean {
  const setOf = (q: number): CharSet => (nfa.states[q] as { set: CharSet }).set;
  const width = moves.length;
  const key = (p: number, q: number): number => p * width + q;
  const successors = (k: number): { to: number; twoWays: boolean }[] => {
    const p = Math.floor(k / width);
    const q = k % width;
    const out: { to: number; twoWays: boolean }[] = [];
    for (const [p2, np] of moves[p]!) {
      for (const q2 of moves[q]!.keys()) {
        if (p2 === q2 ? true : intersects(setOf(p2), setOf(q2))) out.push({ to: key(p2, q2), twoWays: p === q && p2 === q2 && np > 1 });
      }
    }
    return out;
  };
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  let counter = 0;
  const work: { node: number; edges: { to: number; twoWays: boolean }[]; i: number }[] = [];
  const open = (node: number): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    work.push({ node, edges: successors(node), i: 0 });
  };
  open(key(start, start));
  while (work.length) {
    const frame = work.at(-1)!;
    if (frame.i < frame.edges.length) {
      const { to } = frame.edges[frame.i++]!;
      if (!index.has(to)) open(to);
      else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
      continue;
    }
    work.pop();
    const parent = work.at(-1);
    if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
    if (low.get(frame.node) !== index.get(frame.node)) continue;
    const component = new Set<number>();
    for (;;) {
      const n = stack.pop()!;
      onStack.delete(n);
      component.add(n);
      if (n === frame.node) break;
    }
    if (ambiguousComponent(component, width, successors)) return true;
  }
  return false;
}

function ambiguousComponent(component: Set<number>, width: number, successors: (k: number) => { to: number; twoWays: boolean }[]): boolean {
  const diagonal = [...component].filter((k) => Math.floor(k / width) === k % width);
  if (diagonal.length === 0) return false;
  if (diagonal.length < component.size) return true;
  return diagonal.some((k) => successors(k).some((e) => e.twoWays && component.has(e.to)));
}
