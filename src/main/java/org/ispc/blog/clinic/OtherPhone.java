package org.ispc.blog.clinic;

/**
 * A number that is not the clinic's but may appear in articles (a crisis line, say). {@code digits} is the
 * number as written, digits only, so that short numbers such as 988 can be listed too.
 */
public record OtherPhone(String digits, String label) {}
