// What the build's lint will say about the article, shown in the preview pane as the writer types: each finding's
// line, its words and rule id as the build prints them, and how to fix it (lint.js runs the rules; the words come
// from lint-rules.json, which the build writes). On the writer's own computer, a link leads to the article's page in
// the preview, whose panel lists what every check of the build found when the article was last saved.
import { lint, todayIn } from './lint.js';
import { toFile } from './article-format.js';

let rules = null;

/** Reads the build's rules; the panel shows nothing until they are read. */
export async function loadLintRules() {
  rules = await fetch('lint-rules.json').then(r => r.json());
  return rules;
}

function today() {
  return todayIn(rules.values.timezone, new Date());
}

function plain(data) {
  return data && data.toJS ? data.toJS() : data || {};
}

/**
 * The lint's findings on the article as the tool would save it (so that their lines are the file's lines), each with
 * the text of its line, by which the writer finds it in the form.
 */
export function findingsOf(data) {
  if (rules === null) {
    return [];
  }
  const text = toFile(plain(data));
  const lines = text.split(/\r?\n/);
  return lint(text, rules, today()).map(f => {
    const line = (lines[f.line - 1] || '').trim();
    return Object.assign({ source: line.length > 120 ? line.slice(0, 120) + '…' : line }, f);
  });
}

/** The findings of one rule on an article's body alone (the body widget checks its pictures with it). */
export function bodyFindings(body, rule) {
  if (rules === null) {
    return [];
  }
  const header = '= Article\nWriter\n:jbake-type: post\n:jbake-status: draft\n\n';
  return lint(header + (body || ''), rules, today()).filter(f => f.rule === rule);
}

/** The writer's guide's way of writing a fix (`code`, `+literal+`, <<section>>), as text and code for the panel. */
function fixText(h, fix) {
  return fix.split(/\n\n/).map((paragraph, i) => {
    const listing = /^\[source[^\]]*\]\n-{4,}\n([\s\S]*?)\n-{4,}$/.exec(paragraph);
    if (listing) {
      return h('pre', { key: i, style: STYLE.pre }, listing[1]);
    }
    const text = paragraph.replace(/<<[^>]*>>/g, "the writer's guide");
    return h('p', { key: i, style: STYLE.fix }, text.split('`').map((part, j) =>
      j % 2 === 1 ? h('code', { key: j }, part.replace(/^\+(.*)\+$/, '$1')) : part));
  });
}

// dark enough on white for WCAG AA (at least 4.5:1), whatever the site's own colours
const STYLE = {
  panel: { margin: '0 0 1.5em', padding: '0.75em 1em', border: '2px solid #8a1c1c', borderRadius: '6px', background: '#fff', color: '#1a1a1a', fontFamily: 'system-ui, sans-serif', fontSize: '15px' },
  clean: { margin: '0 0 1.5em', padding: '0.75em 1em', border: '2px solid #1d6b3a', borderRadius: '6px', background: '#fff', color: '#1a1a1a', fontFamily: 'system-ui, sans-serif', fontSize: '15px' },
  heading: { fontSize: '17px', margin: '0 0 0.5em', color: '#1a1a1a' },
  subheading: { fontSize: '16px', margin: '1em 0 0.5em', color: '#1a1a1a' },
  list: { margin: 0, paddingLeft: '1.25em' },
  item: { margin: '0 0 0.75em' },
  where: { margin: 0, fontWeight: 'bold' },
  error: { color: '#8a1c1c' },
  warning: { color: '#6b4a00' },
  message: { margin: '0.25em 0' },
  fix: { margin: '0.25em 0', color: '#333' },
  pre: { margin: '0.25em 0', padding: '0.5em', background: '#f3f3f3', color: '#1a1a1a', whiteSpace: 'pre-wrap' },
  note: { margin: '0.5em 0 0', color: '#333' },
  link: { color: '#0b4f7a' },
};

// the preview server's answers (mvn -Ppreview): its reload events, and what its last build found in one file
const BUILD_EVENTS = '/__preview/events';
const BUILD_FINDINGS = '/__preview/findings?file=';

/**
 * What the preview's build found in the saved file, every check's (links, clinic facts, the page's HTML too), fetched
 * again after each build: the preview builds by itself when the tool saves.
 */
const SavedFindings = window.createClass({
  getInitialState() {
    return { report: null };
  },
  componentDidMount() {
    this.events = new EventSource(BUILD_EVENTS);
    const fetchReport = () => fetch(BUILD_FINDINGS + encodeURIComponent(this.props.file))
      .then(r => r.json())
      .then(report => this.setState({ report }))
      .catch(() => this.setState({ report: null }));
    this.events.addEventListener('hello', fetchReport);
    this.events.addEventListener('reload', fetchReport);
  },
  componentWillUnmount() {
    this.events.close();
  },
  render() {
    const h = window.h;
    const report = this.state.report;
    const page = h('a', { href: this.props.page, target: '_blank', rel: 'noopener', className: 'saved-findings', style: STYLE.link },
      "open the saved article's preview page");
    if (report === null) {
      return h('p', { style: STYLE.note }, 'Links, clinic facts and the other checks of the build look at the article once it is saved: ', page, '.');
    }
    const found = report.findings;
    return h('div', { className: 'saved-report', 'data-build': report.generation },
      h('h3', { style: STYLE.subheading }, found.length === 0
        ? 'When you last saved, the build found nothing to fix in ' + report.file + '.'
        : 'When you last saved, the build found in ' + report.file + ':'),
      found.length === 0 ? null : h('ol', { style: STYLE.list }, found.map((f, i) =>
        h('li', { key: i, className: 'finding finding-' + f.level, 'data-rule': f.rule, style: STYLE.item },
          h('p', { style: STYLE.where },
            h('span', { style: f.level === 'error' ? STYLE.error : STYLE.warning }, f.level === 'error' ? 'Error' : 'Warning'),
            f.line > 0 ? ' on line ' + f.line + ', column ' + f.column : ''),
          f.source ? h('pre', { className: 'source', style: STYLE.pre }, f.source) : null,
          h('p', { className: 'message', style: STYLE.message }, f.message),
          h('p', { style: STYLE.note }, 'Message id: ' + f.rule)))),
      h('p', { style: STYLE.note }, report.published
        ? 'Every check of the build, on the page as readers will see it: '
        : 'The last save could not be built (see the errors), so the preview shows the last version that worked: ',
      page, '.'));
  },
});

/**
 * The panel for the preview pane: a function of the entry, re-run by the pane at each change.
 *
 * @param local whether the tool runs on the writer's computer (mvn -Ppreview), where the preview builds the article
 *     each time it is saved, and tells what it found
 */
export function lintPanel(h, entry, local) {
  const findings = findingsOf(entry.get('data'));
  const slug = entry.get('slug');
  const saved = local && slug && !entry.get('newRecord')
    ? h(SavedFindings, { file: 'content/blog/' + slug + '.adoc', page: '/blog/' + encodeURIComponent(slug) + '/' })
    : h('p', { style: STYLE.note }, 'Links, clinic facts and the other checks of the build look at the article once it is saved.');
  if (findings.length === 0) {
    return h('section', { className: 'lint-findings', 'aria-label': 'Checks of the text', style: STYLE.clean },
      h('h2', { style: STYLE.heading }, 'The checks find nothing to fix in this text.'), saved);
  }
  const errors = findings.filter(f => f.level === 'error').length;
  const warnings = findings.length - errors;
  const counted = [errors > 0 ? errors + ' error' + (errors === 1 ? '' : 's') : null,
    warnings > 0 ? warnings + ' warning' + (warnings === 1 ? '' : 's') : null].filter(Boolean).join(' and ');
  return h('section', { className: 'lint-findings', 'aria-labelledby': 'lint-findings-heading', style: STYLE.panel },
    h('h2', { id: 'lint-findings-heading', style: STYLE.heading },
      'The build will say this about the text: ' + counted + (errors > 0 ? ' (an error keeps the article off the site)' : '')),
    h('ol', { className: 'typed-findings', style: STYLE.list }, findings.map((f, i) =>
      h('li', { key: i, className: 'finding finding-' + f.level, 'data-rule': f.rule, style: STYLE.item },
        h('p', { style: STYLE.where },
          h('span', { style: f.level === 'error' ? STYLE.error : STYLE.warning }, f.level === 'error' ? 'Error' : 'Warning'),
          ' on line ' + f.line + ', column ' + f.column),
        f.source ? h('pre', { className: 'source', style: STYLE.pre }, f.source) : null,
        h('p', { className: 'message', style: STYLE.message }, f.message),
        h('details', {},
          h('summary', {}, 'How to fix it (message id: ' + f.rule + ')'),
          fixText(h, f.fix))))),
    saved);
}
