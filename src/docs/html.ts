/**
 * HTML building: a tagged template that escapes every interpolated value unless it is already `Html`,
 * so text from a spec (names, descriptions, examples, URLs) can never become markup.
 */

/** Markup that is already safe (built by `html` or `raw`). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for element content and quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Trusted markup, for our own constants only. */
export const raw = (markup: string): Html => new Html(markup);

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return esc(String(value));
}

/**
 * Build markup; interpolations are escaped, arrays joined, `null`/`undefined`/`false` dropped.
 *
 * @example
 * html`<p title="${name}">${description}</p>`; // name and description escaped
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** An http(s) URL from a spec, or undefined for anything else (`javascript:`, relative, malformed). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An external link when the URL is http(s), else the URL as plain text. */
export function externalLink(url: string | undefined, label?: string): Html {
  const href = safeUrl(url);
  if (!href) return html`${label ?? url ?? ''}`;
  return html`<a class="ext" href="${href}" rel="noopener noreferrer">${label ?? url}</a>`;
}

/** Inline spec prose: escaped, with `code` spans. */
export function inline(text: string): Html {
  const parts = esc(text).split(/`([^`\n]+)`/);
  return raw(parts.map((p, i) => (i % 2 ? `<code>${p}</code>` : p)).join(''));
}

/** Spec prose as paragraphs (blank lines separate them); single newlines are folded. */
export function prose(text: string | undefined, className = 'prose'): Html {
  if (!text?.trim()) return raw('');
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => html`<p>${inline(p.replace(/\s*\n\s*/g, ' '))}</p>`);
  return html`<div class="${className}">${paragraphs}</div>`;
}

/** JSON with token classes for highlighting; `textContent` is exactly `JSON.stringify(value, null, 2)`. */
export function jsonCode(value: unknown): Html {
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  const token = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;
  let out = '';
  let last = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    out += esc(text.slice(last, m.index));
    const [whole, str, colon, literal, num] = m;
    if (str !== undefined)
      out += colon !== undefined ? `<span class="k">${esc(str)}</span>${colon}` : `<span class="s">${esc(str)}</span>`;
    else if (literal !== undefined) out += `<span class="l">${literal}</span>`;
    else if (num !== undefined) out += `<span class="n">${num}</span>`;
    else out += esc(whole);
    last = m.index + whole.length;
  }
  return raw(out + esc(text.slice(last)));
}

/** A long identifier that may wrap after `.`, `_`, `:` or `/` (event names in narrow columns). */
export function breakable(name: string): Html {
  return raw(esc(name).replace(/([._:/])(?=.)/g, '$1<wbr>'));
}
