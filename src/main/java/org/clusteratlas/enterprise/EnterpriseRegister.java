package org.clusteratlas.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register of enterprises, the yearly above-designated-size frame and memberships. */
public interface EnterpriseRegister {

  /** Registers one enterprise; refused if its code is taken or its region or industry unknown. */
  EnterpriseId register(Enterprise enterprise);

  Optional<Enterprise> find(CreditCode code);

  Optional<EnterpriseId> idOf(CreditCode code);

  /** Puts an enterprise in year {@code year}'s above-designated-size frame. */
  void addToFrame(CreditCode code, int year);

  /** Adds a membership; refused for an unknown enterprise or cluster. */
  void join(Membership membership);

  List<Membership> memberships(CreditCode code);

  /**
   * Loads a whole register in one pass (an empty register only): the enterprises, each year's
   * frame, and the memberships. Returns the id given to each enterprise.
   */
  Map<CreditCode, EnterpriseId> bulkLoad(
      List<Enterprise> enterprises,
      Map<Integer, List<CreditCode>> frames,
      List<Membership> memberships);
}
