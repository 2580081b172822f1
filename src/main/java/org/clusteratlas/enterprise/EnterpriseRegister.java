package org.clusteratlas.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
   * Calls {@code row} for every enterprise of the register, in credit-code order, saying whether it
   * is in year {@code frameYear}'s above-designated-size frame. Reads row by row: inside a
   * transaction the rows are fetched in batches, so the register never has to fit in memory.
   */
  void forEachEnterprise(int frameYear, Consumer<FramedEnterprise> row);

  /**
   * Calls {@code row} for every membership ever recorded, ended ones included, ordered by cluster,
   * credit code and start date. Reads row by row, as {@link #forEachEnterprise} does.
   */
  void forEachMembership(Consumer<Membership> row);

  /**
   * Loads a whole register in one pass (an empty register only): the enterprises, each year's
   * frame, and the memberships. Returns the id given to each enterprise.
   */
  Map<CreditCode, EnterpriseId> bulkLoad(
      List<Enterprise> enterprises,
      Map<Integer, List<CreditCode>> frames,
      List<Membership> memberships);

  /** An enterprise with whether it is in one year's above-designated-size frame (规上). */
  /**
   * Calls {@code row} for every registered enterprise with its id, code, name and region,
   * unordered: the few facts an import looks up for each row.
   */
  void forEachKey(Consumer<EnterpriseKey> row);

  /** The ids of the enterprises in year {@code year}'s above-designated-size frame. */
  java.util.BitSet frame(int year);

  /** An enterprise as an import sees it. */
  record EnterpriseKey(EnterpriseId id, CreditCode code, String name, String regionCode) {}

  record FramedEnterprise(Enterprise enterprise, boolean aboveScale) {}
}
