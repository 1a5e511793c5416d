/**
 * Value types shared by the whole SDK: member ids, point types, money, and the exception tree.
 *
 * <p>Everything in this module is pure: no I/O, no clock reads, no randomness. Types are immutable
 * and validate their arguments in their constructors; nothing here accepts or returns {@code null}.
 */
@NullMarked
package dev.loyalty.core;

import org.jspecify.annotations.NullMarked;
