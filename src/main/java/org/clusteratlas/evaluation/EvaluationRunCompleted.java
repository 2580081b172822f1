package org.clusteratlas.evaluation;

import org.clusteratlas.shared.Actor;

/**
 * Published by {@link Evaluations#run} once a run and its results are stored, inside the run's
 * transaction: a listener that stores what it derives from the run in the same transaction stores
 * it with the run or not at all.
 *
 * @param actor who ran it
 */
public record EvaluationRunCompleted(int year, long runId, Actor actor) {}
