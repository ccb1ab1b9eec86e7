/**
 * A small parser for ECMAScript regular expressions (JSON Schema `pattern`, compiled with the `u` flag),
 * precise enough for the backtracking analysis in regex-redos.ts: what each atom can match (a set of code
 * point ranges), how parts repeat, and where each part is written. Assertions, lookarounds and
 * backreferences match no characters here: the analysis treats them as always passing.
 */

/** Sorted, disjoint, inclusive code point ranges. */
export type CharSet = readonly (readonly [number, number])[];

export type RegexNode =
  | { type: 'empty' }
  | { type: 'char'; set: CharSet }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; alts: RegexNode[] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number; start: number; end: number };

const MAX_CODE_POINT = 0x10ffff;
const ALL: CharSet = [[0, MAX_CODE_POINT]];
const DIGIT: CharSet = [[48, 57]];
const WORD: CharSet = normalize([
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]);
const SPACE: CharSet = normalize([
  [9, 13],
  [32, 32],
  [160, 160],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS: CharSet = normalize([
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
]);
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

/**
 * Sort and merge ranges.
 *
 * @example
 * normalize([[5, 9], [0, 5]]); // [[0, 9]]
 */
export function normalize(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/**
 * The code points not in `set`.
 *
 * @example
 * complement([[48, 57]]); // [[0, 47], [58, 0x10ffff]]
 */
export function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/**
 * Whether two sets share a code point.
 *
 * @example
 * intersects([[48, 57]], [[57, 60]]); // true
 */
export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}

class RegexSyntaxError extends Error {}

/**
 * Parse `pattern`; `undefined` when it is not a regular expression this parser reads (the schema compiler
 * reports invalid patterns itself).
 *
 * @example
 * parseRegex('^(a+)+$'); // { type: 'seq', items: [{ type: 'repeat', min: 1, max: Infinity, … }] }
 */
export function parseRegex(pattern: string): RegexNode | undefined {
  try {
    const parser = new Parser(pattern);
    const node = parser.alternation();
    if (parser.pos !== pattern.length) return undefined;
    return node;
  } catch (error) {
    if (error instanceof RegexSyntaxError) return undefined;
    throw error;
  }
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): RegexNode {
    const alts = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { type: 'alt', alts };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const start = this.pos;
      const atom = this.atom();
      items.push(this.quantified(atom, start));
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private quantified(atom: RegexNode, start: number): RegexNode {
    const bounds = this.quantifier();
    if (!bounds) return atom;
    if (this.src[this.pos] === '?') this.pos++; // lazy: the same paths, tried in another order
    return { type: 'repeat', body: atom, min: bounds.min, max: bounds.max, start, end: this.pos };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.src[this.pos];
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      return { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity };
    }
    if (c !== '{') return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
    if (!m) throw new RegexSyntaxError('lone {'); // an error with the u flag
    this.pos += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    return { min, max };
  }

  private atom(): RegexNode {
    const c = this.src[this.pos]!;
    if (c === '(') return this.group();
    if (c === '[') return { type: 'char', set: this.charClass() };
    if (c === '.') {
      this.pos++;
      return { type: 'char', set: complement(LINE_TERMINATORS) };
    }
    if (c === '^' || c === '$') {
      this.pos++;
      return { type: 'empty' };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']')
      throw new RegexSyntaxError(`nothing to repeat at ${this.pos}`);
    if (c === '\\') return this.atomEscape();
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return { type: 'char', set: [[cp, cp]] };
  }

  private group(): RegexNode {
    this.pos++; // (
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.pos, this.pos + 3))) {
      lookaround = true;
      this.pos += this.src[this.pos + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new RegexSyntaxError('unterminated group name');
      this.pos = close + 1;
    } else if (this.src[this.pos] === '?') throw new RegexSyntaxError('unknown group');
    const body = this.alternation();
    if (this.src[this.pos] !== ')') throw new RegexSyntaxError('unterminated group');
    this.pos++;
    // A lookaround consumes nothing; what it checks cannot add ways to match the same text.
    return lookaround ? { type: 'empty' } : body;
  }

  private atomEscape(): RegexNode {
    const c = this.src[this.pos + 1];
    if (c === undefined) throw new RegexSyntaxError('trailing backslash');
    if (c === 'b' || c === 'B') {
      this.pos += 2;
      return { type: 'empty' };
    }
    if (/[1-9]/.test(c)) {
      this.pos += 2;
      while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++;
      return { type: 'empty' };
    }
    if (c === 'k') {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new RegexSyntaxError('bad \\k');
      this.pos = close + 1;
      return { type: 'empty' };
    }
    return { type: 'char', set: this.classEscape(false) };
  }

  /** An escape that stands for characters (`\d`, `\n`, `\u{1F600}`, `\.`), at `pos` (the backslash). */
  private classEscape(inClass: boolean): CharSet {
    const c = this.src[this.pos + 1]!;
    this.pos += 2;
    const sets: Record<string, CharSet> = {
      d: DIGIT,
      D: complement(DIGIT),
      w: WORD,
      W: complement(WORD),
      s: SPACE,
      S: complement(SPACE),
    };
    if (c in sets) return sets[c]!;
    if (c in CONTROL_ESCAPES) return single(CONTROL_ESCAPES[c]!);
    if (c === 'b' && inClass) return single(8);
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.pos);
      if (this.src[this.pos] !== '{' || close < 0) throw new RegexSyntaxError('bad property escape');
      this.pos = close + 1;
      return ALL; // a Unicode property: assume it may overlap anything
    }
    if (c === 'c') {
      const letter = this.src[this.pos];
      if (!letter || !/[A-Za-z]/.test(letter)) throw new RegexSyntaxError('bad \\c');
      this.pos++;
      return single(letter.charCodeAt(0) % 32);
    }
    if (c === 'x') return single(this.hex(2));
    if (c === 'u') {
      if (this.src[this.pos] === '{') {
        const close = this.src.indexOf('}', this.pos);
        if (close < 0) throw new RegexSyntaxError('bad \\u{');
        const cp = parseInt(this.src.slice(this.pos + 1, close), 16);
        this.pos = close + 1;
        if (Number.isNaN(cp)) throw new RegexSyntaxError('bad \\u{');
        return single(cp);
      }
      return single(this.hex(4));
    }
    const cp = this.src.codePointAt(this.pos - 1)!;
    this.pos += cp > 0xffff ? 1 : 0;
    return single(cp);
  }

  private hex(digits: number): number {
    const text = this.src.slice(this.pos, this.pos + digits);
    if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(text)) throw new RegexSyntaxError('bad hex escape');
    this.pos += digits;
    return parseInt(text, 16);
  }

  private charClass(): CharSet {
    this.pos++; // [
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const ranges: (readonly [number, number])[] = [];
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new RegexSyntaxError('unterminated class');
      const lo = this.classAtom();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        const hi = this.classAtom();
        if (lo.length !== 1 || hi.length !== 1 || lo[0]![0] !== lo[0]![1] || hi[0]![0] !== hi[0]![1])
          throw new RegexSyntaxError('class range of a set');
        if (lo[0]![0] > hi[0]![0]) throw new RegexSyntaxError('range out of order');
        ranges.push([lo[0]![0], hi[0]![0]]);
      } else ranges.push(...lo);
    }
    this.pos++; // ]
    const set = normalize(ranges);
    return negated ? complement(set) : set;
  }

  private classAtom(): CharSet {
    if (this.src[this.pos] === '\\') return this.classEscape(true);
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return single(cp);
  }
}

function single(cp: number): CharSet {
  return [[cp, cp]];
}
