/**
 * Members of a loyalty program: who they are, how to reach them, and the dates that matter to them.
 *
 * <p>A {@link dev.loyalty.core.member.Member} is an immutable value built with
 * {@link dev.loyalty.core.member.Member#builder Member.builder(...)} and changed with withers that
 * return copies. Birthdays, anniversaries and tenure are computed in the member's own time zone; the
 * current time is always passed in, never read from a clock.
 */
@NullMarked
package dev.loyalty.core.member;

import org.jspecify.annotations.NullMarked;
