package org.ispc.blog.clinic;

import java.time.LocalDate;

/** A number the clinic used to have, and the day it stopped being valid. */
public record RetiredPhone(PhoneNumber number, LocalDate until) {}
