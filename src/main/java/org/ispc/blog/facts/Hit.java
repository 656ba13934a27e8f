package org.ispc.blog.facts;

import org.ispc.blog.diag.Finding;
import org.ispc.blog.diag.Position;
import org.ispc.blog.diag.RuleId;
import org.ispc.blog.diag.Severity;

/**
 * One problem at an index of a scanned piece of text, before the caller knows which file and line that
 * text came from.
 *
 * @param offset index of the first character of the offending text
 * @param snippet the offending text as it stands, for mapping generated HTML back to its source
 */
record Hit(int offset, String snippet, Severity severity, String rule, String message) {

    Hit shift(int by) {
        return new Hit(offset + by, snippet, severity, rule, message);
    }

    Finding at(Position position) {
        return new Finding(position, severity, RuleId.of(rule), message);
    }
}
