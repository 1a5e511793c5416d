/**
 * How the engine evaluates a program's rules for one event: sessions, the decisions collector and the
 * arithmetic of earning. Internal: may change at any time.
 */
@NullMarked
package dev.loyalty.rules.internal.eval;

import org.jspecify.annotations.NullMarked;
