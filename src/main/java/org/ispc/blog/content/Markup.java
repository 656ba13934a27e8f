package org.ispc.blog.content;

/** What a content file is written in, by its extension, as JBake tells them apart. */
public enum Markup {
    ASCIIDOC,
    MARKDOWN,
    HTML
}
