// data/clinic.yml as the office manager's form: read with the yaml library (eemeli/yaml, fetched by Maven like the
// CMS), written back by changing only the bytes of what changed. A value edited replaces its own characters (quotes
// kept, a comment after it kept in its column), a field emptied loses its line, an office added is written after the
// last one in the file's own indentation; every other byte, comments and blank lines included, stays as it was, so
// that opening the file and saving it unchanged gives the same file.
import { parseDocument, stringify, isMap, isSeq, isScalar } from './yaml/index.js';

/** What data/clinic.yml holds, in the order a new line is written in (facts/ClinicFactsLoader reads the same keys). */
const OFFICE = {
  keys: ['id', 'name', 'city', 'state', 'street', 'suite', 'zip', 'phone', 'fax', 'hours', 'map-url'],
};
const RETIRED_PHONE = { keys: ['number', 'until'] };
const RETIRED_OFFICE = { keys: ['name', 'city', 'state', 'closed'] };
const OTHER_PHONE = { keys: ['number', 'label'] };
const RETIRED = { keys: ['phones', 'offices'], lists: { phones: RETIRED_PHONE, offices: RETIRED_OFFICE } };
export const FILE_SHAPE = {
  keys: ['name', 'phone', 'verified', 'offices', 'retired', 'other-phones'],
  lists: { offices: OFFICE, 'other-phones': OTHER_PHONE },
  maps: { retired: RETIRED },
};

/** Numbers are written in double quotes, as the file's comments ask (a bare 911 would be read as a number). */
const PHONE_KEYS = new Set(['phone', 'fax', 'number']);
/** Where the file's text is kept between reading and writing. */
const SOURCE = 'source_file';

function isEmpty(value) {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Values compared as the file reads them: an unquoted 22201 and the form's "22201" are the same zip. */
function normal(value) {
  if (value && typeof value.toJS === 'function') {
    return normal(value.toJS());
  }
  if (Array.isArray(value)) {
    return value.map(normal);
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      if (!isEmpty(value[key]) && key !== SOURCE) {
        out[key] = normal(value[key]);
      }
    }
    return out;
  }
  return isEmpty(value) ? '' : String(value);
}

function same(a, b) {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

function read(text) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new Error('data/clinic.yml cannot be read here (' + doc.errors[0].message.split('\n')[0]
      + '); correct it in the file, as the build\'s message says, then open it again');
  }
  return doc;
}

export function fromFile(text) {
  const data = read(text).toJS() || {};
  data[SOURCE] = text;
  return data;
}

export function toFile(data) {
  const text = typeof data[SOURCE] === 'string' ? data[SOURCE] : '';
  const values = normal(data);
  if (text === '') {
    return renderMap(values, FILE_SHAPE, '', '\n').join('\n') + '\n';
  }
  const doc = read(text);
  const writer = new Writer(text);
  writer.map(doc.contents, doc.toJS() || {}, values, FILE_SHAPE);
  return writer.result();
}

/** The edits that turn the file's text into the form's values. */
class Writer {
  constructor(text) {
    this.text = text;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.edits = [];
  }

  result() {
    let out = this.text;
    for (const e of [...this.edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
      out = out.slice(0, e.from) + e.text + out.slice(e.to);
    }
    return out;
  }

  edit(from, to, text) {
    this.edits.push({ from, to, text });
  }

  lineStart(at) {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** Just after the line break that ends the line holding {@code at}. */
  nextLine(at) {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.text.length : nl + 1;
  }

  indentOf(at) {
    return ' '.repeat(at - this.lineStart(at));
  }

  /** A block mapping: each key the form knows, its value in the file ({@code olds}) compared with the form's. */
  map(node, olds, values, shape) {
    const pairs = isMap(node) ? node.items : [];
    const indent = pairs.length > 0 ? this.indentOf(pairs[0].key.range[0]) : '';
    for (const key of shape.keys) {
      const pair = pairs.find(p => isScalar(p.key) && String(p.key.value) === key);
      const value = values[key];
      if (!pair) {
        if (!isEmpty(value)) {
          this.insertPair(pairs, shape, key, value, indent);
        }
        continue;
      }
      const old = (olds || {})[key];
      if (same(old, value)) {
        continue;
      }
      if (shape.lists && shape.lists[key]) {
        this.list(pair, old, value || [], shape.lists[key], indent);
      } else if (shape.maps && shape.maps[key] && isMap(pair.value) && !pair.value.flow) {
        this.map(pair.value, old, value || {}, shape.maps[key]);
      } else if (shape.maps && shape.maps[key]) {
        this.replaceValue(pair, renderBlock(value || {}, shape.maps[key], indent + '  ', this.eol));
      } else if (isEmpty(value)) {
        this.removePair(pairs, pair);
      } else {
        this.scalar(pair.value, key, value);
      }
    }
  }

  /** A new key: after the last key of the mapping that comes before it in the file's order, else first. */
  insertPair(pairs, shape, key, value, indent) {
    const before = shape.keys.slice(0, shape.keys.indexOf(key));
    const previous = pairs.filter(p => before.includes(String(p.key.value))).pop();
    const lines = renderMap({ [key]: value }, shape, indent, this.eol);
    if (pairs.length === 0) {
      const at = this.text.length;
      const lead = at === 0 || this.text[at - 1] === '\n' ? '' : this.eol;
      this.edit(at, at, lead + lines.join(this.eol) + this.eol);
    } else if (previous) {
      let at = end(previous);
      const lead = this.text[at - 1] === '\n' ? '' : this.eol;
      this.edit(at, at, lead + lines.join(this.eol) + (lead === '' ? this.eol : ''));
    } else {
      // the first key of an entry may follow its '- ': the new line takes its place, the old key moves below
      const at = pairs[0].key.range[0];
      this.edit(at, at, lines.join(this.eol).slice(indent.length) + this.eol + indent);
    }
  }

  removePair(pairs, pair) {
    const from = this.lineStart(pair.key.range[0]);
    if (this.text.slice(from, pair.key.range[0]).trim() === '') {
      this.edit(from, this.nextLine(pair.value.range[1]), '');
    } else {
      // the entry's first key, after its '- ': the next key moves up in its place
      const next = pairs[pairs.indexOf(pair) + 1];
      if (next) {
        this.edit(pair.key.range[0], next.key.range[0], '');
      }
    }
  }

  /**
   * The value after 'key:' replaced, to the end of its last line ({@code block} empty: by ' []'); a comment on the
   * key's line stays there.
   */
  replaceValue(pair, block) {
    const colon = this.text.indexOf(':', pair.key.range[1]) + 1;
    const value = pair.value;
    const sameLine = value && this.text.slice(colon, value.range[0]).indexOf('\n') < 0;
    const commentFrom = sameLine ? value.range[1] : colon;
    const comment = this.text.slice(commentFrom, this.lineEnd(commentFrom));
    const to = value ? end(value) : this.nextLine(colon);
    const tail = this.text[to - 1] === '\n' ? this.eol : '';
    this.edit(colon, to, (block === '' ? ' []' + comment : comment + this.eol + block) + tail);
  }

  /** Where the line holding {@code at} ends, before its line break. */
  lineEnd(at) {
    const next = this.nextLine(at);
    const text = this.text.slice(at, next);
    return next - (text.endsWith('\r\n') ? 2 : text.endsWith('\n') ? 1 : 0);
  }

  /** A scalar's own characters, in its own quotes; a comment after it keeps its column where it can. */
  scalar(node, key, value) {
    const [from, to] = node.range;
    const written = scalarText(key, value, node.type);
    const after = /^[ \t]+(?=#)/.exec(this.text.slice(to, this.nextLine(to)));
    if (after) {
      const gap = Math.max(1, after[0].length + (to - from) - written.length);
      this.edit(from, to + after[0].length, written + ' '.repeat(gap));
    } else {
      this.edit(from, to, written);
    }
  }

  /** A list of entries: the entries both have are compared key by key; new ones are added after the last. */
  list(pair, olds, values, shape, indent) {
    const seq = pair.value;
    if (!isSeq(seq) || seq.flow || seq.items.length === 0) {
      this.replaceValue(pair, values.length === 0 ? '' : renderList(values, shape, indent + '  ', this.eol));
      return;
    }
    const items = seq.items;
    const first = items[0].range[0];
    const dash = this.text.lastIndexOf('-', first);
    const dashIndent = ' '.repeat(dash - this.lineStart(dash));
    for (let i = 0; i < Math.min(items.length, values.length); i++) {
      this.map(items[i], (olds || [])[i], values[i] || {}, shape);
    }
    if (values.length > items.length) {
      const at = end(items[items.length - 1]);
      const lead = this.text[at - 1] === '\n' ? '' : this.eol;
      const added = renderList(values.slice(items.length), shape, dashIndent, this.eol);
      this.edit(at, at, lead + added + (lead === '' ? this.eol : ''));
    } else if (values.length < items.length) {
      if (values.length === 0) {
        this.replaceValue(pair, '');
      } else {
        const last = items[items.length - 1];
        this.edit(this.lineStart(items[values.length].range[0]), end(last), '');
      }
    }
  }
}

/** Where a node's text ends, with the line break of its last line. */
function end(node) {
  const n = node.value !== undefined && node.key !== undefined ? node.value || node.key : node;
  return n.range[2];
}

function scalarText(key, value, type) {
  const s = String(value);
  const style = s.includes('\n') ? 'QUOTE_DOUBLE' : type || (PHONE_KEYS.has(key) ? 'QUOTE_DOUBLE' : 'PLAIN');
  return stringify(s, { defaultStringType: style, lineWidth: 0 }).replace(/\n$/, '');
}

/** The lines of new keys, at {@code indent}. */
function renderMap(values, shape, indent, eol) {
  const lines = [];
  for (const key of shape.keys) {
    const value = values[key];
    if (shape.lists && shape.lists[key]) {
      lines.push(isEmpty(value)
        ? indent + key + ': []'
        : indent + key + ':' + eol + renderList(value, shape.lists[key], indent + '  ', eol));
    } else if (shape.maps && shape.maps[key]) {
      if (value !== undefined) {
        lines.push(indent + key + ':' + eol + renderBlock(value, shape.maps[key], indent + '  ', eol));
      }
    } else if (!isEmpty(value)) {
      lines.push(indent + key + ': ' + scalarText(key, value));
    }
  }
  return lines;
}

function renderBlock(values, shape, indent, eol) {
  return renderMap(values, shape, indent, eol).join(eol);
}

/** Entries of a list, each '- ' and its keys, joined by line breaks (none after the last). */
function renderList(values, shape, dashIndent, eol) {
  return values
    .map(value => renderMap(value || {}, shape, dashIndent + '  ', eol)
      .map((line, i) => (i === 0 ? dashIndent + '- ' + line.slice(dashIndent.length + 2) : line))
      .join(eol))
    .join(eol);
}
