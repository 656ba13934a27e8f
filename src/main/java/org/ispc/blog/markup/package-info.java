/**
 * Markdown ({@code .md}) and HTML ({@code .html}) articles, as JBake 2.7 renders them: Markdown with flexmark and
 * JBake's pegdown profile, HTML as written; links to other articles by file name and the clinic's facts
 * attributes, for both.
 */
package org.ispc.blog.markup;
