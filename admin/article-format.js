// The article's file as a person writes it (README, "Writing an article"): a header of lines, one per field, a
// blank line, then the body. Reading keeps the file's own header text; writing changes only the lines whose value
// changed, so that opening an article and saving it unchanged gives the same bytes. An article written for stock
// JBake, with its own header (title=... lines above ~~~~~~), keeps that form.
import { propertiesHeader } from './lint.js';

/** Header fields: the key in the CMS, the attribute in the file, and how a value is read and written. */
const LIST = {
  read: text => text.split(',').map(s => s.trim()).filter(s => s !== ''),
  write: list => list.join(', '),
};
const RELATED = {
  read: text => LIST.read(text).map(name => name.replace(/\.adoc$/, '')),
  write: list => list.map(slug => (slug.endsWith('.adoc') ? slug : slug + '.adoc')).join(', '),
};
const TEXT = { read: text => text, write: value => value };

export const ATTRIBUTES = [
  { key: 'type', attribute: 'jbake-type', kind: TEXT },
  { key: 'status', attribute: 'jbake-status', kind: TEXT },
  { key: 'date', attribute: 'jbake-date', kind: TEXT },
  { key: 'tags', attribute: 'jbake-tags', kind: LIST },
  { key: 'summary', attribute: 'jbake-summary', kind: TEXT },
  { key: 'related', attribute: 'jbake-related', kind: RELATED },
  { key: 'reviewed_by', attribute: 'jbake-reviewed-by', kind: TEXT },
  { key: 'reviewed_on', attribute: 'jbake-reviewed-on', kind: TEXT },
  { key: 'updated', attribute: 'jbake-updated', kind: TEXT },
];

/** Where the file's own header is kept between reading and writing. */
const SOURCE = 'source_header';
const ATTRIBUTE_LINE = /^:([A-Za-z0-9_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?$/;

function splitLines(text) {
  // each line with its own ending, so that a file saved on Windows is written back as it was
  return text.match(/[^\n]*\n|[^\n]+$/g) || [];
}

function ending(line) {
  return line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
}

function content(line) {
  return line.slice(0, line.length - ending(line).length);
}

function same(a, b) {
  return JSON.stringify(a === undefined || a === null ? '' : a) === JSON.stringify(b === undefined || b === null ? '' : b);
}

function isEmpty(value) {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The header's lines, each named by the field it holds ('title', 'author', a key of ATTRIBUTES, or null). */
function headerLines(header) {
  const lines = splitLines(header);
  return lines.map((line, i) => {
    const text = content(line);
    if (i === 0 && text.startsWith('= ')) {
      return { line, field: 'title', value: text.slice(2).trim() };
    }
    const match = ATTRIBUTE_LINE.exec(text);
    if (match) {
      const known = ATTRIBUTES.find(a => a.attribute === match[1]);
      if (known) {
        return { line, field: known.key, value: known.kind.read((match[2] || '').trim()) };
      }
    }
    if (i === 1 && lines[0].startsWith('= ') && text.trim() !== '' && !text.startsWith(':') && !text.startsWith('//')) {
      return { line, field: 'author', value: text.trim() };
    }
    return { line, field: null };
  });
}

/** A field's kind: how its value is read from the file and written to it. */
function kindOf(field) {
  const a = ATTRIBUTES.find(x => x.key === field);
  return a ? a.kind : TEXT;
}

/** JBake's header keys (title=, reviewed-by=) and the fields they hold. */
const PROPERTY_FIELDS = new Map([['title', 'title'], ['author', 'author']]
  .concat(ATTRIBUTES.map(a => [a.attribute.replace(/^jbake-/, ''), a.key])));

/** The number of lines of JBake's own header, the separator included, or 0 when the file has none. */
function propertiesLines(lines) {
  const found = propertiesHeader(lines.map(content));
  return found === null ? 0 : found.lines;
}

/** A line of JBake's header as {key as written, field, value}, or null when it holds no field of the form. */
function propertyOf(line) {
  const text = content(line);
  const eq = text.indexOf('=');
  const field = eq < 0 ? undefined : PROPERTY_FIELDS.get(text.substring(0, eq).trim().toLowerCase());
  return field === undefined ? null : { key: text.substring(0, eq), field, value: kindOf(field).read(text.substring(eq + 1).trim()) };
}

/**
 * The field each line above ~~~~~~ holds, or null: a field written on several lines is the last one's, as JBake
 * reads it, and the form shows and rewrites that line.
 */
function propertiesOf(lines, count) {
  const parsed = lines.slice(0, count - 1).map(propertyOf);
  return parsed.map((p, i) => (p !== null && parsed.findLastIndex(q => q !== null && q.field === p.field) === i ? p : null));
}

/** The file's text as the CMS's fields, when it starts with JBake's own header: the body is all below ~~~~~~. */
function fromPropertiesFile(lines, count) {
  const data = { body: lines.slice(count).join(''), [SOURCE]: lines.slice(0, count).join('') };
  for (const property of propertiesOf(lines, count)) {
    if (property !== null) {
      data[property.field] = property.value;
    }
  }
  return data;
}

/** The CMS's fields as the file's text in JBake's own header form: changed lines rewritten, new ones above ~~~~~~. */
function toPropertiesFile(data, values, lines, count) {
  const eol = ending(lines[0]) || '\n';
  const out = [];
  const written = new Set();
  propertiesOf(lines, count).forEach((property, i) => {
    const line = lines[i];
    if (property === null) {
      out.push(line);
      return;
    }
    written.add(property.field);
    const now = values[property.field];
    if (same(property.value, now)) {
      out.push(line);
    } else if (!isEmpty(now)) {
      out.push(property.key + '=' + kindOf(property.field).write(now) + (ending(line) || eol));
    }
  });
  for (const field of ORDER) {
    if (!written.has(field) && !isEmpty(values[field])) {
      const key = [...PROPERTY_FIELDS].find(([, f]) => f === field)[0];
      out.push(key + '=' + kindOf(field).write(values[field]) + eol);
    }
  }
  return out.join('') + lines[count - 1] + (data.body || '');
}

/** A file's text as the CMS's fields. */
export function fromFile(text) {
  const lines = splitLines(text);
  const properties = propertiesLines(lines);
  if (properties > 0) {
    return fromPropertiesFile(lines, properties);
  }
  let end = lines.findIndex(line => content(line).trim() === '');
  end = end < 0 ? lines.length : end + 1;
  const header = lines.slice(0, end).join('');
  const data = { body: lines.slice(end).join(''), [SOURCE]: header };
  for (const named of headerLines(header)) {
    if (named.field !== null) {
      data[named.field] = named.value;
    }
  }
  return data;
}

function lineOf(field, value, eol) {
  if (field === 'title') {
    return '= ' + value + eol;
  }
  if (field === 'author') {
    return value + eol;
  }
  const a = ATTRIBUTES.find(x => x.key === field);
  return ':' + a.attribute + ': ' + a.kind.write(value) + eol;
}

const ORDER = ['title', 'author'].concat(ATTRIBUTES.map(a => a.key));

/** The CMS's fields as the file's text: the file's own lines where their value is unchanged. */
export function toFile(data) {
  const values = Object.assign({ type: 'post' }, data);
  const source = typeof data[SOURCE] === 'string' ? data[SOURCE] : '';
  const sourceLines = splitLines(source);
  const properties = propertiesLines(sourceLines);
  if (properties > 0) {
    return toPropertiesFile(data, values, sourceLines, properties);
  }
  const named = headerLines(source);
  const eol = named.length > 0 && ending(named[0].line) ? ending(named[0].line) : '\n';
  const out = [];
  const written = new Set();
  for (const { line, field, value } of named) {
    if (field === null) {
      out.push({ line, field: null });
      continue;
    }
    written.add(field);
    if (same(value, values[field])) {
      out.push({ line, field });
    } else if (!isEmpty(values[field])) {
      out.push({ line: lineOf(field, values[field], ending(line) || eol), field });
    }
  }
  // fields the file did not have: after the last line of a field that comes before them
  for (const field of ORDER) {
    if (written.has(field) || isEmpty(values[field])) {
      continue;
    }
    const before = ORDER.slice(0, ORDER.indexOf(field));
    let at = 0;
    out.forEach((l, i) => {
      if (l.field !== null && before.includes(l.field)) {
        at = i + 1;
      }
    });
    out.splice(at, 0, { line: lineOf(field, values[field], eol), field });
    written.add(field);
  }
  let header = out.map(l => l.line).join('');
  if (header !== '' && !header.endsWith('\n')) {
    header += eol;
  }
  if (source === '' || content(splitLines(source).slice(-1)[0] || '').trim() !== '') {
    header += eol; // the blank line that ends the header
  }
  return header + (data.body || '');
}
