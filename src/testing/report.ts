/**
 * Contract test results: one record per case, a report per run, and its JUnit XML and JSON forms.
 */

export type CaseOutcome = 'passed' | 'failed' | 'skipped';

/** What a case sent, for failed cases (the body is cut at 4 KiB). */
export interface CaseRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What came back, for failed cases. */
export interface CaseReply {
  status?: number;
  /** `timeout`, `network`: no reply. */
  error?: string;
  body?: string;
  /** The reply was longer than `maxReplyBytes`: `body` is its beginning (reading stopped there). */
  truncated?: true;
  /** Bytes of a cut reply received before reading stopped. */
  replyBytesSeen?: number;
  /** The content-length a cut reply announced. */
  replyBytesAnnounced?: number;
}

export interface CaseResult {
  /** `<event> / <example>` for deliveries, the check's name otherwise. */
  name: string;
  /** The group the case belongs to: `examples`, `variants`, `retries`, `security`, `payloads`, `events`, or a provider phase. */
  group: string;
  event?: string;
  outcome: CaseOutcome;
  /** Why it failed or was skipped, in one line. */
  reason?: string;
  latencyMs?: number;
  request?: CaseRequest;
  reply?: CaseReply;
}

export interface ContractReport {
  /** `consumer`: a receiver was tested; `provider`: a sender was. */
  side: 'consumer' | 'provider';
  contract: { id: string; title: string; version: string };
  /** The receiver URL (consumer) or the mock consumer URL (provider). */
  target: string;
  startedAt: string;
  durationMs: number;
  passed: number;
  failed: number;
  skipped: number;
  cases: CaseResult[];
}

const BODY_LIMIT = 4096;

/** Cut a body for a report. */
export function clip(text: string): string {
  return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}… (${text.length} characters)` : text;
}

/** Assemble a report from its cases. */
export function makeReport(
  side: ContractReport['side'],
  contract: ContractReport['contract'],
  target: string,
  started: { at: Date; clock: number },
  cases: CaseResult[],
): ContractReport {
  const count = (o: CaseOutcome): number => cases.filter((c) => c.outcome === o).length;
  return {
    side,
    contract: { id: contract.id, title: contract.title, version: contract.version },
    target,
    startedAt: started.at.toISOString(),
    durationMs: Math.round(performance.now() - started.clock),
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    cases,
  };
}

const xmlEscape = (text: string): string =>
  text
    // XML 1.0 cannot carry most control characters, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const seconds = (ms: number | undefined): string => ((ms ?? 0) / 1000).toFixed(3);

/** A failed case as text: the reason, then the request and the reply. */
export function formatCase(c: CaseResult): string {
  const lines = [c.reason ?? 'failed'];
  if (c.request) {
    lines.push('', `request: ${c.request.method} ${c.request.url}`);
    for (const [k, v] of Object.entries(c.request.headers)) lines.push(`  ${k}: ${v}`);
    lines.push(`  ${c.request.body}`);
  }
  if (c.reply) {
    const cut = c.reply.truncated
      ? ` (cut: ${c.reply.replyBytesAnnounced !== undefined ? `${c.reply.replyBytesAnnounced} bytes announced, ` : ''}${c.reply.replyBytesSeen ?? 0} bytes read)`
      : '';
    lines.push('', `reply: ${c.reply.status ?? c.reply.error ?? ''}${cut}`);
    if (c.reply.body !== undefined) lines.push(`  ${c.reply.body}`);
  }
  return lines.join('\n');
}

/**
 * Reports as JUnit XML (the Jenkins/Surefire dialect GitHub, GitLab and CI dashboards read): one
 * `<testsuite>` per report, one `<testcase>` per case, classname `chathooks.<side>.<contract>.<group>`.
 */
export function toJUnit(reports: readonly ContractReport[]): string {
  const total = (k: 'passed' | 'failed' | 'skipped'): number => reports.reduce((n, r) => n + r[k], 0);
  const tests = reports.reduce((n, r) => n + r.cases.length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chathooks" tests="${tests}" failures="${total('failed')}" errors="0" skipped="${total('skipped')}" time="${seconds(reports.reduce((n, r) => n + r.durationMs, 0))}">`,
  ];
  for (const r of reports) {
    out.push(
      `  <testsuite name="${xmlEscape(`${r.contract.title} (${r.side})`)}" tests="${r.cases.length}" failures="${r.failed}" errors="0" skipped="${r.skipped}" time="${seconds(r.durationMs)}" timestamp="${r.startedAt.replace(/\.\d+Z$/, '')}" hostname="${xmlEscape(r.target)}">`,
    );
    out.push(
      `    <properties><property name="contract" value="${xmlEscape(r.contract.id)}"/><property name="version" value="${xmlEscape(r.contract.version)}"/><property name="target" value="${xmlEscape(r.target)}"/></properties>`,
    );
    for (const c of r.cases) {
      const open = `    <testcase classname="${xmlEscape(`chathooks.${r.side}.${r.contract.id}.${c.group}`)}" name="${xmlEscape(c.name)}" time="${seconds(c.latencyMs)}"`;
      if (c.outcome === 'passed') out.push(`${open}/>`);
      else if (c.outcome === 'skipped')
        out.push(`${open}><skipped message="${xmlEscape(c.reason ?? '')}"/></testcase>`);
      else
        out.push(
          `${open}><failure message="${xmlEscape(c.reason ?? 'failed')}" type="ContractViolation">${xmlEscape(formatCase(c))}</failure></testcase>`,
        );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

/** Reports as JSON: `{ passed, failed, skipped, reports }`. */
export function toJSON(reports: readonly ContractReport[]): string {
  const total = (k: 'passed' | 'failed' | 'skipped'): number => reports.reduce((n, r) => n + r[k], 0);
  return `${JSON.stringify({ passed: total('passed'), failed: total('failed'), skipped: total('skipped'), reports }, null, 2)}\n`;
}
