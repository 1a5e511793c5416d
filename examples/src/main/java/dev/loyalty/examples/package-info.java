/** Small host programs that show the SDK at work; each is runnable and checked by a test. */
@NullMarked
package dev.loyalty.examples;

import org.jspecify.annotations.NullMarked;
