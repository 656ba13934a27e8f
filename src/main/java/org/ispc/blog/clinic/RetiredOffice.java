package org.ispc.blog.clinic;

import java.time.LocalDate;

/** An office the clinic closed. */
public record RetiredOffice(String name, String city, String state, LocalDate closed) {}
