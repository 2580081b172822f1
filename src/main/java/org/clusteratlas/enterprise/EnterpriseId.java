package org.clusteratlas.enterprise;

/** The register's internal key of an enterprise; outside the platform the credit code is used. */
public record EnterpriseId(int value) {

  public EnterpriseId {
    if (value <= 0) {
      throw new IllegalArgumentException("enterprise id must be positive: " + value);
    }
  }
}
