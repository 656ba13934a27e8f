// The build's rules for data/clinic.yml (facts/ClinicFactsLoader), for what the form's own checks (required fields,
// patterns in config.yml) cannot say: a number that is not a complete US number, an office id used twice, a list of
// offices left empty. Each message is the build's, with its rule id, so that the office manager reads in the tool
// what the build would have said.

const EXAMPLE = '"202-851-7034"';

/**
 * Whether the build reads {@code written} as a complete US number (libphonenumber, region US: ten digits, after an
 * optional country code 1), and what it says when it does not.
 */
export function phoneProblem(written) {
  const text = String(written).trim();
  if (/\p{L}/u.test(text)) {
    return "'" + text + "' has letters in it; write the number in digits only, such as " + EXAMPLE;
  }
  const digits = text.replace(/\D/g, '');
  const national = text.startsWith('+') ? (digits.startsWith('1') ? digits.slice(1) : '') : digits.replace(/^1(?=\d{10}$)/, '');
  if (!/^\d{10}$/.test(national)) {
    return "'" + text + "' is not a complete US phone number; write all ten digits, such as " + EXAMPLE;
  }
  return null;
}

function dateProblem(written) {
  const text = String(written).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || day.getUTCMonth() !== +m[2] - 1 || day.getUTCDate() !== +m[3]) {
    return "'" + text + "' is not a date; write year-month-day, such as 2026-11-24";
  }
  return null;
}

function present(value) {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

function list(value) {
  const items = value && value.toJS ? value.toJS() : value;
  return Array.isArray(items) ? items : [];
}

/** Every problem the build would report in the form's values: {rule, message}, in the file's order. */
export function factsProblems(data) {
  const found = [];
  const say = (rule, message) => found.push({ rule, message });
  const phone = value => {
    const problem = present(value) ? phoneProblem(value) : null;
    if (problem) say('facts/bad-phone', problem);
  };
  const date = value => {
    const problem = present(value) ? dateProblem(value) : null;
    if (problem) say('facts/bad-date', problem);
  };
  phone(data.phone);
  date(data.verified);
  const offices = list(data.offices);
  const ids = new Set();
  for (const office of offices) {
    const id = present(office.id) ? String(office.id).trim() : null;
    if (id !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      say('facts/bad-office-id', "office id '" + id + "' must be lower-case letters, digits and hyphens, such as 'washington-dc'");
    } else if (id !== null && ids.has(id)) {
      say('facts/duplicate-office', "office id '" + id + "' is used twice; give each office its own id");
    } else if (id !== null) {
      ids.add(id);
    }
    phone(office.phone);
    phone(office.fax);
  }
  if (offices.length === 0) {
    say('facts/missing-key', "'offices:' lists no office; the site needs at least one");
  }
  const retired = data.retired && data.retired.toJS ? data.retired.toJS() : data.retired || {};
  for (const old of list(retired.phones)) {
    phone(old.number);
    date(old.until);
  }
  for (const old of list(retired.offices)) {
    date(old.closed);
  }
  for (const other of list(data['other-phones'])) {
    if (present(other.number) && String(other.number).replace(/\D/g, '') === '') {
      say('facts/bad-phone', "'" + String(other.number).trim() + "' holds no digits");
    }
  }
  return found;
}

/** The problems as the build prints them, one a line, to stop a save. */
export function describe(problems) {
  return problems.map(p => 'data/clinic.yml: error: ' + p.message + ' [' + p.rule + ']').join('\n');
}
