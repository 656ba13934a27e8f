// The build's lint, as far as one article's text shows it, run in the writing tool as the writer types. Every
// finding has the rule id and the words of the build: the messages come from lint-rules.json, which the build writes
// from its own rules (org.ispc.blog.lint.BrowserLintRules); only the reading of the text is written here, and
// BrowserLintTest runs every rule below on the Java rule's own examples and compares the findings, line for line.
//
// Java and JavaScript read some things differently; the helpers below read them as the build does: Java's \s and \S
// and '.' in regular expressions, Character.isWhitespace, String.strip, String.trim and String.lines.

const SPACE = ' \\t\\n\\v\\f\\r';

/**
 * A regular expression written as the Java one is: \s, \S and '.' mean what they mean in Java (ASCII spaces; any
 * character but a line end), which is not what they mean in JavaScript.
 */
function javaRegex(source, flags = '') {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 's') {
        out += inClass ? SPACE : '[' + SPACE + ']';
      } else if (next === 'S') {
        out += inClass ? '' : '[^' + SPACE + ']';
      } else {
        out += c + next;
      }
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (c === '.' && !inClass) {
      out += '[^\\n\\r\\u0085\\u2028\\u2029]';
    } else {
      out += c;
    }
  }
  return new RegExp(out, flags);
}

/** Java's Matcher.matches: the whole text. */
function matchesWhole(regex, text) {
  const whole = new RegExp('^(?:' + regex.source + ')$', regex.flags.replace(/[gy]/g, ''));
  return whole.exec(text);
}

function isWhitespace(ch) {
  return /[\t\n\v\f\r\u001C-\u001F]/.test(ch) || (/[\p{Zs}\p{Zl}\p{Zp}]/u.test(ch) && !/[\u00A0\u2007\u202F]/.test(ch));
}

function strip(s) {
  return stripTrailing(stripLeading(s));
}

function stripLeading(s) {
  let a = 0;
  while (a < s.length && isWhitespace(s[a])) a++;
  return s.slice(a);
}

function stripTrailing(s) {
  let b = s.length;
  while (b > 0 && isWhitespace(s[b - 1])) b--;
  return s.slice(0, b);
}

function isBlank(s) {
  return strip(s) === '';
}

/** Java's String.trim: characters up to the space, at both ends. */
function trim(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** Java's String.lines: \n, \r\n and \r end a line; no line after the last line end. */
function javaLines(text) {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

function isDigit(ch) {
  return /\p{Nd}/u.test(ch);
}

// AsciiDocLines
const LIST_ITEM = javaRegex(String.raw`^\s*(\*+|-|\.+|\d+\.|[a-zA-Z]\.|<\d+>)\s+\S.*`);
const DESCRIPTION_TERM = javaRegex(String.raw`^[^\s:][^:]*:{2,4}(\s+\S.*)?$`);
const WORD_LIST_ITEM = javaRegex(String.raw`^\s*([\u2022\u25E6\u25AA\u2023\u2013\u2014]|\d+\))\s+\S.*`);
const BLOCK_START = javaRegex(String.raw`^(\|===|====+|\*\*\*\*+|----+|\.\.\.\.+|\[.*\]|image::.*|include::.*)\s*$`);
const HEADING = javaRegex(String.raw`^(={2,6})\s+\S.*`);
const LITERAL_DELIMITER = javaRegex(String.raw`^(----+|\.\.\.\.+|\+\+\+\++)\s*$`);

function startsWithAny(line, chars) {
  return line !== '' && chars.includes(line[0]);
}

function mayBeListItem(line) {
  let i = 0;
  while (i < line.length && isWhitespace(line[i])) i++;
  if (i >= line.length) return false;
  const c = line[i];
  return '*-.<'.includes(c) || isDigit(c) || (/\p{L}/u.test(c) && i + 1 < line.length && line[i + 1] === '.');
}

function shortened(text) {
  return text.length > 40 ? text.substring(0, 37) + '...' : text;
}

function insideBackticks(line, at) {
  let ticks = 0;
  for (let i = 0; i < at; i++) {
    if (line[i] === '`') ticks++;
  }
  return ticks % 2 === 1;
}

/** A day as the header writes it (2026-03-14), or null. */
function day(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null;
}

/** Java's LocalDate.plusMonths: the same day of the month, or the month's last when it has no such day. */
function plusMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return String(year).padStart(4, '0') + '-' + String(month).padStart(2, '0') + '-'
    + String(Math.min(d, last)).padStart(2, '0');
}

/**
 * JBake's own header at the top of a file (PropertiesHeader): key=value lines, then a line ~~~~~~. Null when the
 * file has none by JBake's rules: every line above the separator empty or holding an '=', and a type given (this
 * project's jbake.properties gives a default status, draft, but no default type).
 */
export function propertiesHeader(lines) {
  const separator = lines.indexOf('~~~~~~');
  if (separator < 0) return null;
  const values = new Map();
  const lineOf = new Map();
  let typed = false;
  for (let i = 0; i < separator; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    if (eq < 0) return null;
    // JBake compares the keys it knows case aside; the first line of a key is where it is written
    const key = strip(line.substring(0, eq)).toLowerCase();
    typed = typed || strip(line).startsWith('type=');
    if (!values.has(key)) lineOf.set(key, i + 1);
    values.set(key, strip(line.substring(eq + 1)));
  }
  return typed ? { values, lineOf, lines: separator + 1 } : null;
}

/** The article as every rule reads it: its header's fields and its lines (LintedDocument and Manuscript). */
class Article {
  constructor(text, today) {
    this.text = text;
    this.today = today;
    this.lines = javaLines(text);
    // the AsciiDoc rules read the lines of JBake's properties header, which is no AsciiDoc, as empty lines
    this.properties = propertiesHeader(this.lines);
    const below = this.properties ? this.properties.lines : 0;
    for (let i = 0; i < below; i++) this.lines[i] = '';
    let top = below;
    if (this.properties) {
      while (top < this.lines.length && isBlank(this.lines[top])) top++;
    }
    const raw = text.split('\n');
    this.title = (raw[top] || '').startsWith('= ') ? strip(raw[top].substring(2)) : '';
    this.author = '';
    this.fields = new Map();
    for (let i = top + 1; i < raw.length && !isBlank(raw[i]); i++) {
      const line = raw[i];
      if (line.startsWith(':')) {
        const end = line.indexOf(':', 1);
        if (end > 0) this.fields.set(line.substring(1, end), strip(line.substring(end + 1)));
      } else if (i === top + 1) {
        this.author = strip(line);
      }
    }
    if (this.properties) {
      // the properties header wins over the AsciiDoc header, as in JBake (HeaderFields)
      for (const [key, value] of this.properties.values) this.fields.set('jbake-' + key, value);
      if (!isBlank(this.properties.values.get('title') || '')) this.title = this.properties.values.get('title');
      if (this.properties.values.has('author')) this.author = this.properties.values.get('author');
    }
    this.date = day(this.fields.get('jbake-date'));
    this.tags = (this.fields.get('jbake-tags') || '').split(',').map(strip).filter(t => t !== '');
    this.summary = this.fields.get('jbake-summary') || '';
    this.reviewedBy = this.fields.has('jbake-reviewed-by') ? this.fields.get('jbake-reviewed-by') : null;
    this.reviewedOn = day(this.fields.get('jbake-reviewed-on'));
    this.updated = day(this.fields.get('jbake-updated'));
    const status = this.fields.get('jbake-status');
    this.isPost = this.fields.get('jbake-type') === 'post';
    this.isPublished = (status === 'published' || status === 'published-date') && !(this.date && this.date > today);
    this.bodyStart = bodyStart(this.lines);
    this.prose = [];
    this.literalDelimiter = [];
    let inLiteral = false;
    for (let i = this.bodyStart; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (startsWithAny(line, '-.+') && matchesWhole(LITERAL_DELIMITER, line)) {
        inLiteral = !inLiteral;
        this.literalDelimiter[i] = true;
      } else {
        this.prose[i] = !inLiteral && !line.startsWith('//');
      }
    }
  }

  /** Whether the header writes a field (date, summary), in either of JBake's forms. */
  writesField(field) {
    return (this.properties !== null && this.properties.values.has(field))
      || this.text.split('\n').some(l => l.startsWith(':jbake-' + field + ':'));
  }

  /** The line (1-based) where the header writes a field (tags, summary), or 1. */
  headerLine(field) {
    if (this.properties !== null && this.properties.lineOf.has(field)) return this.properties.lineOf.get(field);
    const at = this.text.split('\n').findIndex(l => l.startsWith(':jbake-' + field + ':'));
    return at < 0 ? 1 : at + 1;
  }
}

function bodyStart(lines) {
  let top = 0;
  while (top < lines.length && lines[top] === '') top++;
  let i = top;
  while (i < lines.length
    && ((lines[i].startsWith('=') && i === top)
      || lines[i].startsWith(':')
      || (i === top + 1 && !isBlank(lines[i]))
      || (i === top + 2 && revisionLine(lines, top)))) {
    i++;
  }
  return i;
}

function revisionLine(lines, top) {
  return lines[top].startsWith('=')
    && !isBlank(lines[top + 1]) && !lines[top + 1].startsWith(':')
    && !isBlank(lines[top + 2]) && !lines[top + 2].startsWith(':');
}

/** Each code point of a line outside printable ASCII that wanted accepts, with its column (CharacterScan). */
function eachCharacter(line, wanted, atColumn) {
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i);
    if (cp >= 0x20 && cp < 0x7f) {
      i++;
      continue;
    }
    if (wanted(cp)) atColumn(i + 1, cp);
    i += cp > 0xffff ? 2 : 1;
  }
}

function hex(cp) {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** The rules' checks, by rule id: each adds findings with report(line, column, message key, values). */
const CHECKS = {
  'lint/missing-title'(a, report) {
    if (isBlank(a.title)) report(1, 1, 'no-title');
  },
  'lint/long-title'(a, report, values) {
    if (!isBlank(a.title) && a.title.length > values.maxTitle) report(1, 1, 'too-long', { length: a.title.length });
  },
  'lint/missing-date'(a, report, values, words) {
    if (a.isPost && !a.date && !a.writesField('date')) {
      report(1, 1, 'no-date', { because: /^\d{4}-\d{2}-\d{2}/.test(a.author) ? words('date-as-author') : '' });
    }
  },
  'lint/long-summary'(a, report, values) {
    if (a.isPost && a.summary.length > values.maxSummary) {
      report(a.headerLine('summary'), 1, 'too-long', { length: a.summary.length });
    }
  },
  'lint/summary-markup'(a, report) {
    if (!a.isPost) return;
    const markup = javaRegex(String.raw`(?:xref|link|image|mailto):\S*\[[^\]]*\]|https?://\S+\[[^\]]*\]|<<[^>]+>>`
      + String.raw`|(?<![\w*_` + '`' + String.raw`])([*_` + '`' + String.raw`])(?=\S)[^*_` + '`'
      + String.raw`]*?\S\1(?![\w*_` + '`' + String.raw`])`).exec(a.writesField('summary') ? a.summary : '');
    if (markup) report(a.headerLine('summary'), 1, 'markup', { markup: strip(markup[0]) });
  },
  'lint/no-tags'(a, report) {
    if (a.isPost && a.tags.length === 0) report(a.headerLine('tags'), 1, 'no-tags');
  },
  'lint/topic-format'(a, report) {
    if (!a.isPost) return;
    for (const tag of a.tags) {
      if (tag.includes(';')) {
        const meant = a.tags.flatMap(t => t.split(';')).map(strip).filter(t => t !== '');
        report(a.headerLine('tags'), 1, 'semicolons', { tag, meant: meant.join(', ') });
        return;
      }
      if (tag.startsWith('#')) {
        report(a.headerLine('tags'), 1, 'hashtag', { words: strip(tag.substring(1)) });
        return;
      }
    }
  },
  'lint/no-author'(a, report) {
    if (a.isPost && isBlank(a.author)) {
      report(a.properties ? 1 : 2, 1, a.properties ? 'no-author-properties' : 'no-author');
    }
  },
  'lint/empty-article'(a, report) {
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      if (!isBlank(a.lines[i]) && !a.lines[i].startsWith('//')) return;
    }
    if (a.isPublished) report(1, 1, 'empty');
  },
  'lint/glued-header'(a, report) {
    // a body with no header lines above it (JBake's properties header only, or no header) is glued to nothing
    if (a.bodyStart === 0 || isBlank(a.lines[a.bodyStart - 1])) return;
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      const line = a.lines[i];
      if (isBlank(line)) return;
      if (!line.startsWith('//') && !line.startsWith(':')) {
        report(i + 1, 1, 'glued');
        return;
      }
    }
  },
  'lint/replacement-char'(a, report) {
    a.lines.forEach((line, i) => eachCharacter(line, cp => cp === 0xfffd, column => report(i + 1, column, 'lost')));
  },
  'lint/control-char'(a, report) {
    a.lines.forEach((line, i) => eachCharacter(line,
      cp => (cp < 0x20 && cp !== 9 && cp !== 13) || cp === 0x7f || (cp >= 0x80 && cp < 0xa0),
      (column, cp) => report(i + 1, column, 'control', { code: hex(cp) })));
  },
  'lint/foreign-script'(a, report, values, words) {
    a.lines.forEach((line, i) => eachCharacter(line,
      cp => cp !== 0xfffd && /\p{L}/u.test(String.fromCodePoint(cp))
        && !values.englishScripts.includes(scriptOf(cp, values)),
      (column, cp) => report(i + 1, column, 'foreign', {
        character: String.fromCodePoint(cp),
        code: hex(cp),
        script: scriptOf(cp, values).toLowerCase(),
        hint: cp === 0x4e00 ? words('hint-dash') : words('hint-letter'),
      })));
  },
  'lint/mojibake'(a, report) {
    const garbled = /â€[\u0080-\u00BF\u2010-\u203A\u0152\u0153\u0160\u0161\u017D\u017E\u0178\u02C6\u02DC\u2122]?|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]/g;
    a.lines.forEach((line, i) => {
      for (const m of line.matchAll(garbled)) report(i + 1, m.index + 1, 'garbled', { garbled: m[0] });
    });
  },
  'lint/placeholder'(a, report, values) {
    if (!a.isPublished) return;
    a.lines.forEach((line, i) => {
      const at = line.indexOf(values.placeholder);
      if (at >= 0) report(i + 1, at + 1, 'placeholder');
    });
  },
  'lint/no-break-space'(a, report) {
    a.lines.forEach((line, i) => {
      const markup = line.includes('\u00A0') && /^(=+|\*+|\.+|-)\u00A0/.exec(line);
      if (markup) report(i + 1, markup[0].length, 'no-break', { markup: markup[1] });
    });
  },
  'lint/table-cells'(a, report) {
    let openedAt = -1;
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      if (!a.prose[i] || !a.lines[i].startsWith('|===') || strip(a.lines[i]) !== '|===') continue;
      if (openedAt < 0) {
        openedAt = i;
        continue;
      }
      const open = openedAt;
      openedAt = -1;
      const ownLayout = open > 0 && a.lines[open - 1].startsWith('[') && /cols|format|separator/.test(a.lines[open - 1]);
      if (!ownLayout) incompleteRow(a.lines, open + 1, i, report);
    }
  },
  'lint/setting-line'(a, report, values, words) {
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      if (!a.prose[i] || !a.lines[i].startsWith(':')) continue;
      const entry = matchesWhole(javaRegex(String.raw`^:([A-Za-z][\w-]*):\s+(\S+\s+\S.*)$`), a.lines[i]);
      if (!entry) continue;
      const name = entry[1];
      const text = strip(entry[2]);
      const upper = name.toUpperCase();
      const box = values.admonitions.includes(upper)
        ? words('box', { upper, text, lower: name.toLowerCase() })
        : '';
      report(i + 1, 1, 'setting', { name, text, box });
    }
  },
  'lint/glued-block'(a, report) {
    for (const found of paragraphFlow(a)) {
      const line = strip(a.lines[found.index]);
      if (found.slip === 'macro') report(found.index + 1, 1, 'glued-picture', { line: shortened(line) });
      if (found.slip === 'list') report(found.index + 1, 1, 'glued-list', { line: shortened(line) });
    }
  },
  'lint/indented-text'(a, report) {
    for (const found of paragraphFlow(a)) {
      if (found.slip !== 'indented') continue;
      const line = a.lines[found.index];
      report(found.index + 1, line.indexOf(strip(line)) + 1, 'indented', { line: shortened(strip(line)) });
    }
  },
  'lint/missing-list'(a, report) {
    const lines = a.lines;
    for (let i = a.bodyStart; i < lines.length; i++) {
      const line = lines[i];
      if (a.prose[i]
        && stripTrailing(line).endsWith(':')
        && !line.startsWith(':')
        && !line.startsWith('[')
        && !matchesWhole(LIST_ITEM, line)
        && !matchesWhole(HEADING, line)
        && !(line.includes('::') && matchesWhole(DESCRIPTION_TERM, line))
        && !nextIsList(lines, i + 1)) {
        report(i + 1, stripTrailing(line).length, 'no-list');
      }
    }
  },
  'lint/heading-skip'(a, report) {
    let lastHeading = 1;
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      if (!a.prose[i]) continue;
      const heading = matchesWhole(HEADING, a.lines[i]);
      if (heading) {
        const level = heading[1].length;
        if (level > lastHeading + 1) {
          report(i + 1, 1, 'jump', { from: lastHeading, to: level, marker: '='.repeat(lastHeading + 1) });
        }
        lastHeading = level;
      }
    }
  },
  'lint/empty-heading'(a, report) {
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      if (!a.prose[i] || !a.lines[i].startsWith('=')) continue;
      const m = matchesWhole(javaRegex(String.raw`^(={1,3})\s*$`), a.lines[i]);
      if (m) report(i + 1, 1, 'no-words', { written: m[1], marker: m[1].length === 1 ? '==' : m[1] });
    }
  },
  'lint/image-alt'(a, report) {
    proseLines(a, (line, i) => {
      for (const image of line.matchAll(IMAGE)) {
        const alt = trim(image[2].split(',')[0]);
        if (alt === '' || alt.includes('=')) report(i + 1, image.index + 1, 'no-description', { image: image[1] });
      }
    });
  },
  'lint/image-comma'(a, report, values, words) {
    proseLines(a, (line, i) => {
      for (const image of line.matchAll(IMAGE)) {
        const description = trim(image[2]);
        const curly = description.startsWith('\u201C') || description.startsWith('\u2018');
        const shown = curly ? description.replace(/^[\u201C\u2018]|[\u201D\u2019]$/g, '') : description;
        const rest = commaInDescription(description);
        if (rest !== null) {
          report(i + 1, image.indices[2][0] + 1, 'comma', {
            rest,
            quotes: curly ? words('straight-quotes') : words('quotes'),
            fixed: image[0].substring(0, image.indices[1][0] - image.index) + image[1] + '["' + shown + '"]',
          });
        }
      }
    });
  },
  'lint/vague-link-text'(a, report, values) {
    const link = javaRegex(String.raw`(?:link:|xref:|https?://)[^\[\s]*\[([^\]]*)\]|<<[^,>]+,([^>]*)>>`, 'g');
    proseLines(a, (line, i) => {
      for (const m of line.matchAll(link)) {
        const text = trim(m[1] !== undefined ? m[1] : m[2]).toLowerCase();
        if (values.vagueLinkText.includes(text)) report(i + 1, m.index + 1, 'vague', { text });
      }
    });
  },
  'lint/markdown'(a, report) {
    const markdownLink = javaRegex(String.raw`(!?)\[([^\]\[]+)\]\(((?:https?://|mailto:|www\.|/)[^)\s]*|[^)\s/]+\.(?:adoc|html?|jpe?g|png|gif|webp|svg|pdf))\)`, 'g');
    const tableRule = javaRegex(String.raw`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$`);
    const lines = a.lines;
    for (let i = a.bodyStart; i < lines.length; i++) {
      if (!a.prose[i]) continue;
      const line = lines[i];
      if (line.includes('](')) {
        for (const link of line.matchAll(markdownLink)) {
          const [whole, bang, text, address] = link;
          const macro = strip(line) === whole ? 'image::' : 'image:';
          const asciidoc = bang !== ''
            ? macro + address.replace(/^\/images\//, '') + '[' + text + ']'
            : address.endsWith('.adoc')
              ? 'xref:' + address + '[' + text + ']'
              : (address.startsWith('www.') ? 'https://' : address.startsWith('/') ? 'link:' : '') + address + '[' + text + ']';
          report(i + 1, link.index + 1, 'link', { kind: bang === '' ? 'link' : 'picture', asciidoc });
        }
      }
      if (line.startsWith('|') && !line.startsWith('|===') && i + 1 < lines.length && matchesWhole(tableRule, lines[i + 1])) {
        report(i + 1, 1, 'table');
      }
    }
  },
  'lint/html-tag'(a, report, values, words) {
    const tag = javaRegex(String.raw`</?(b|strong|i|em|u|br|p|a|img|ul|ol|li|h[1-6]|sup|sub|table|tr|td|th|div|span)(\s[^<>]*)?/?>`, 'i');
    for (let i = a.bodyStart; i < a.lines.length; i++) {
      const line = a.lines[i];
      if (!a.prose[i] || !line.includes('<')) continue;
      const m = tag.exec(line);
      if (!m || insideBackticks(line, m.index) || line.includes('+++') || line.includes('pass:[')) continue;
      report(i + 1, m.index + 1, 'html', { tag: m[0], instead: words(instead(m[1].toLowerCase())) });
    }
  },
  'lint/word-list'(a, report) {
    const lines = a.lines;
    for (let i = a.bodyStart; i < lines.length; i++) {
      if (!a.prose[i]) continue;
      const start = stripLeading(lines[i]);
      if (start === ''
        || (!isDigit(start[0]) && !'\u2022\u25E6\u25AA\u2023\u2013\u2014'.includes(start[0]))
        || !matchesWhole(WORD_LIST_ITEM, lines[i])
        || (i > 0 && matchesWhole(WORD_LIST_ITEM, lines[i - 1]))) {
        continue;
      }
      const marker = start[0];
      const dash = marker === '\u2013' || marker === '\u2014';
      if (dash && !(i + 1 < lines.length && matchesWhole(WORD_LIST_ITEM, lines[i + 1]))) continue;
      const column = lines[i].indexOf(strip(lines[i])) + 1;
      if (isDigit(marker)) {
        report(i + 1, column, 'numbered');
      } else {
        report(i + 1, column, 'bullets', { marker: strip(lines[i])[0] });
      }
    }
  },
  'lint/repeated-word'(a, report, values) {
    const twice = new RegExp(String.raw`(?<![\p{L}\p{Nd}_])(\p{L}+)[ \t\n\v\f\r]+(\1)(?![\p{L}\p{Nd}_])`, 'giud');
    proseLines(a, (line, i) => {
      for (const m of line.matchAll(twice)) {
        if (values.meantTwice.includes(m[1].toLowerCase()) || insideBackticks(line, m.index)) continue;
        report(i + 1, m.indices[2][0] + 1, 'twice', { words: m[0], word: m[2] });
      }
    });
  },
  'lint/review-incomplete'(a, report) {
    if (a.reviewedBy !== null && !a.reviewedOn) {
      report(a.headerLine('reviewed-by'), 1, 'no-date', { today: a.today });
    }
    if (a.reviewedOn && a.reviewedBy === null) report(a.headerLine('reviewed-on'), 1, 'no-reviewer');
  },
  'lint/review-future'(a, report) {
    if (a.reviewedOn && a.reviewedOn > a.today && a.isPublished) {
      report(a.headerLine('reviewed-on'), 1, 'future', { on: a.reviewedOn });
    }
  },
  'lint/review-due'(a, report, values) {
    const months = values.reviewMaxAgeMonths;
    if (a.reviewedOn && plusMonths(a.reviewedOn, months) < a.today) {
      report(a.headerLine('reviewed-on'), 1, 'due', { on: a.reviewedOn, months });
    }
  },
  'lint/updated-before-date'(a, report) {
    if (a.updated && a.date && a.updated < a.date) {
      report(a.headerLine('updated'), 1, 'before', { on: a.updated, date: a.date });
    }
  },
  'lint/updated-future'(a, report) {
    if (a.updated && a.updated > a.today && a.isPublished) {
      report(a.headerLine('updated'), 1, 'future', { on: a.updated, today: a.today });
    }
  },
};

const IMAGE = javaRegex(String.raw`image::?([^\[\s]+)\[([^\]]*)\]`, 'gd');

function proseLines(a, each) {
  for (let i = a.bodyStart; i < a.lines.length; i++) {
    if (a.prose[i]) each(a.lines[i], i);
  }
}

function nextIsList(lines, from) {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (isBlank(l) || l.startsWith('//')) continue;
    return Boolean(matchesWhole(LIST_ITEM, l)
      || matchesWhole(DESCRIPTION_TERM, l)
      || matchesWhole(WORD_LIST_ITEM, l)
      || matchesWhole(BLOCK_START, strip(l))
      || (l.startsWith('.') && !l.startsWith('. ')));
  }
  return false;
}

/** What follows a comma in a picture's description that AsciiDoc would take for the width, or null. */
function commaInDescription(attributes) {
  const text = trim(attributes);
  if (text.startsWith('"') || text.startsWith("'")) return null;
  const first = text.indexOf(',');
  if (first < 0) return null;
  const second = text.indexOf(',', first + 1);
  const part = trim(text.substring(first + 1, second < 0 ? text.length : second));
  return part === '' || part.includes('=') || /^\d+(px|%)?$/.test(part) ? null : part;
}

function instead(name) {
  switch (name) {
    case 'b': case 'strong': return 'instead-bold';
    case 'i': case 'em': return 'instead-italic';
    case 'br': return 'instead-break';
    case 'p': return 'instead-paragraph';
    case 'a': return 'instead-link';
    case 'img': return 'instead-picture';
    case 'ul': case 'ol': case 'li': return 'instead-list';
    case 'sup': return 'instead-superscript';
    case 'sub': return 'instead-subscript';
    case 'table': case 'tr': case 'td': case 'th': return 'instead-table';
    case 'u': return 'instead-underline';
    default: return name.startsWith('h') ? 'instead-heading' : 'instead-other';
  }
}

const CELL_SPEC = /^(\d+\*)?(\d*(\.\d+)?\+)?([<^>])?(\.[<^>])?[adehlmsv]?$/;

function incompleteRow(lines, from, to, report) {
  const cells = [];
  let columns = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.startsWith('//')) continue;
    let onThisLine = 0;
    for (let c = 0; c < line.length; c++) {
      if (line[c] !== '|' || (c > 0 && line[c - 1] === '\\')) continue;
      let tokenStart = c;
      while (tokenStart > 0 && !isWhitespace(line[tokenStart - 1])) tokenStart--;
      const before = line.substring(tokenStart, c);
      if (before !== '' && CELL_SPEC.test(before)) return;
      cells.push([i + 1, c + 1]);
      onThisLine++;
    }
    if (columns === 0) columns = onThisLine;
  }
  if (columns === 0 || cells.length % columns === 0) return;
  const [line, column] = cells[Math.floor(cells.length / columns) * columns];
  report(line, column, 'incomplete', { columns, cells: cells.length });
}

const BLOCK_MACRO = javaRegex(String.raw`^(image|video|audio)::\S+\[.*\]\s*$`);
const BOUNDARY = javaRegex(String.raw`^(\|===|====+|\*\*\*\*+|____+|--|\+|\[.*\]|:[^:\s]+:.*|\.[^.\s].*|={1,6}\s.*)\s*$`);
const FLOW_DESCRIPTION_TERM = javaRegex(String.raw`^\S.*?(::|;;)(\s.*)?$`);

/** The paragraph slips of the body, in order (ParagraphFlow): a picture or list glued to text, indented text. */
function paragraphFlow(a) {
  const found = [];
  let open = 'nothing';
  let inTable = false;
  for (let i = a.bodyStart; i < a.lines.length; i++) {
    if (a.literalDelimiter[i]) {
      open = 'nothing';
      continue;
    }
    if (!a.prose[i]) continue;
    const line = a.lines[i];
    if (strip(line) === '|===') {
      inTable = !inTable;
      open = 'nothing';
      continue;
    }
    if (inTable || isBlank(line) || (startsWithAny(line, '|=*_-+[:.') && matchesWhole(BOUNDARY, line))) {
      open = 'nothing';
      continue;
    }
    if (line.includes('::') && matchesWhole(BLOCK_MACRO, line)) {
      if (open !== 'nothing') found.push({ slip: 'macro', index: i });
      continue;
    }
    if (mayBeListItem(line) && matchesWhole(LIST_ITEM, line)) {
      if (open === 'text') found.push({ slip: 'list', index: i });
      open = 'list';
      continue;
    }
    if (open === 'nothing' && isWhitespace(line[0])) {
      open = 'text';
      found.push({ slip: 'indented', index: i });
      continue;
    }
    if (open === 'nothing') {
      const term = (line.includes('::') || line.includes(';;')) && matchesWhole(FLOW_DESCRIPTION_TERM, line);
      open = term ? 'list' : 'text';
    }
  }
  return found;
}

const SCRIPTS = new Map();

/** The Unicode script of a character, by Java's name for it (HAN, LATIN), or UNKNOWN. */
function scriptOf(cp, values) {
  const ch = String.fromCodePoint(cp);
  const names = values.englishScripts.concat(values.scripts.filter(s => !values.englishScripts.includes(s)));
  for (const name of names) {
    if (!SCRIPTS.has(name)) {
      // Java's OLD_ITALIC is Unicode's Old_Italic; a name the browser does not know is never the answer
      const unicode = name.split('_').map(w => w[0] + w.substring(1).toLowerCase()).join('_');
      let regex = null;
      try {
        regex = new RegExp('\\p{Script=' + unicode + '}', 'u');
      } catch (e) {
        regex = null;
      }
      SCRIPTS.set(name, regex);
    }
    const regex = SCRIPTS.get(name);
    if (regex && regex.test(ch)) return name;
  }
  return 'UNKNOWN';
}

/**
 * The day in a time zone, as 2026-06-01: the build judges dates by the site's day (site.timezone), which is not the
 * writer's own when they write from elsewhere, or late in the evening far to the west of it.
 */
export function todayIn(zone, now) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const part = type => parts.find(p => p.type === type).value;
  return part('year') + '-' + part('month') + '-' + part('day');
}

/** The ids of the rules this file runs; every other lint rule needs the whole site or the built page. */
export const RULES_IN_BROWSER = Object.keys(CHECKS);

/** Fills a message's blanks, as the build's Wording.fill does. */
function fill(text, values) {
  return text.replace(/\{([a-z][a-z-]*)\}/g, (blank, name) => {
    if (!(name in values)) throw new Error('no value for ' + blank + ' in ' + text);
    return String(values[name]);
  });
}

/**
 * The findings of the build's lint that the article's text shows: {line, column, rule, level, message, fix},
 * sorted by line and column, as the build sorts them.
 *
 * @param text the article's file, as the tool would save it
 * @param rules lint-rules.json
 * @param today the day, as 2026-06-01
 */
export function lint(text, rules, today) {
  const article = new Article(text, today);
  const findings = [];
  for (const [id, check] of Object.entries(CHECKS)) {
    const rule = rules.rules[id];
    if (!rule) continue; // a rule the build no longer has
    const words = (key, values = {}) => {
      const message = rule.messages[key];
      if (message === undefined) throw new Error(id + ' has no message ' + key);
      return fill(message, values);
    };
    check(article, (line, column, key, values) => findings.push({
      line, column, rule: id, level: rule.level, message: words(key, values), fix: rule.fix,
    }), rules.values, words);
  }
  return findings.sort((x, y) => x.line - y.line || x.column - y.column || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0));
}
