package org.clusteratlas.security;

import org.clusteratlas.shared.Actor;

/** Published when a user has been added. */
public record UserAdded(String name, Actor.Role role, String scopeCode, String createdBy) {}
