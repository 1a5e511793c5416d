/**
 * The implementation of {@link dev.loyalty.store.jdbc.JdbcStore}: SQL, the dialects, the row codecs.
 *
 * <p>Internal: everything here may change at any time, in any release, without notice. Use
 * {@link dev.loyalty.store.jdbc.JdbcStore} only.
 */
@NullMarked
package dev.loyalty.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
