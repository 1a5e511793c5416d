/**
 * Internal: the command line's parts (argument parsing, the event file reader, the simulation and its
 * reports, scenarios). Everything here may change at any time without notice; do not use it from host code.
 */
@NullMarked
package dev.loyalty.cli.internal;

import org.jspecify.annotations.NullMarked;
