package org.clusteratlas.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.shared.RuleViolation;

/**
 * A cluster of the register: its name, hosts, leading industry and chain, and the history of its
 * designations. Designations change only through {@link #grant} and {@link #revoke}, which check
 * the current state and record an event for the register to publish.
 */
public final class Cluster {

  private final ClusterId id;
  private final String name;
  private final List<ClusterHost> hosts;
  private final String leadingIndustry;
  private final String chain;
  private final String advancedArea;
  private final boolean demo;
  private final List<Designation> designations;
  private final List<Object> events = new ArrayList<>();

  public Cluster(
      ClusterId id,
      String name,
      List<ClusterHost> hosts,
      String leadingIndustry,
      String chain,
      String advancedArea,
      boolean demo,
      List<Designation> designations) {
    if (name == null || name.isBlank()) {
      throw new RuleViolation("cluster.name-missing", name);
    }
    if (hosts == null || hosts.isEmpty()) {
      throw new RuleViolation("cluster.host-missing", name);
    }
    if (hosts.stream().map(ClusterHost::code).distinct().count() != hosts.size()) {
      throw new RuleViolation("cluster.host-duplicate", name);
    }
    this.id = id;
    this.name = name.strip();
    this.hosts = List.copyOf(hosts);
    this.leadingIndustry = leadingIndustry;
    this.chain = chain;
    this.advancedArea = advancedArea;
    this.demo = demo;
    this.designations = new ArrayList<>(designations);
  }

  public ClusterId id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The name without the trailing 产业集群 / 集群, as the press uses it in lists. */
  public String shortName() {
    return name.replaceFirst("(产业)?集群$", "");
  }

  public List<ClusterHost> hosts() {
    return hosts;
  }

  public String leadingIndustry() {
    return leadingIndustry;
  }

  public String chain() {
    return chain;
  }

  public String advancedArea() {
    return advancedArea;
  }

  public boolean demo() {
    return demo;
  }

  public List<Designation> designations() {
    return Collections.unmodifiableList(designations);
  }

  public boolean holds(DesignationKind kind, LocalDate on) {
    return designations.stream().anyMatch(d -> d.kind() == kind && d.heldOn(on));
  }

  public Optional<Designation> current(DesignationKind kind) {
    return designations.stream().filter(d -> d.kind() == kind && !d.isRevoked()).findFirst();
  }

  /** Grants {@code kind} from {@code on}; refused while the cluster holds it already. */
  public void grant(DesignationKind kind, LocalDate on, String document) {
    current(kind)
        .ifPresent(
            d -> {
              throw new RuleViolation("designation.already-held", kind.code(), name, d.grantedOn());
            });
    Optional<Designation> overlapping =
        designations.stream()
            .filter(d -> d.kind() == kind && d.revokedOn() != null && d.revokedOn().isAfter(on))
            .findFirst();
    if (overlapping.isPresent()) {
      throw new RuleViolation(
          "designation.overlaps", on, kind.code(), overlapping.get().revokedOn());
    }
    designations.add(Designation.granted(kind, on, document));
    events.add(new DesignationGranted(id, kind, on, document));
  }

  /** Revokes {@code kind} as of {@code on}; refused if not held or if before its grant. */
  public void revoke(DesignationKind kind, LocalDate on, String document, String reason) {
    Designation held =
        current(kind)
            .orElseThrow(() -> new RuleViolation("designation.not-held", kind.code(), name));
    designations.set(designations.indexOf(held), held.revoke(on, document, reason));
    events.add(new DesignationRevoked(id, kind, on, document, reason));
  }

  /** Events recorded since loading, for the register to publish after saving. */
  List<Object> takeEvents() {
    List<Object> taken = List.copyOf(events);
    events.clear();
    return taken;
  }
}
