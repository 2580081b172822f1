package org.clusteratlas.shared;

/**
 * The event of a request refused because it asked for records outside the asker's scope; the
 * security module logs every one.
 *
 * @param scope who asked
 * @param what the resource asked for, e.g. {@code cluster/17/members}
 */
public record AccessRefused(Scope scope, String what) {}
