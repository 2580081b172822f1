package org.clusteratlas.collection.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.enterprise.EnterpriseRegister;

/**
 * The enterprise register as an import looks it up, read once at its start: each enterprise by
 * credit code, with a dense index for the import's arrays.
 */
final class Registers {

  /** An enterprise of the register: its index in the import's arrays, id, code, name, region. */
  record Firm(int index, int id, String code, String name, String region) {}

  private final Map<String, Firm> byCode = new HashMap<>();
  private final Map<Integer, Integer> indexById = new HashMap<>();
  private final List<Firm> byIndex = new ArrayList<>();

  Registers(EnterpriseRegister register) {
    register.forEachKey(
        key -> {
          Firm firm =
              new Firm(
                  byIndex.size(),
                  key.id().value(),
                  key.code().value(),
                  key.name(),
                  key.regionCode());
          byIndex.add(firm);
          byCode.put(firm.code(), firm);
          indexById.put(firm.id(), firm.index());
        });
  }

  Firm firm(String creditCode) {
    return byCode.get(creditCode);
  }

  Firm firmAt(int index) {
    return byIndex.get(index);
  }

  /** The index of the enterprise with this id, or -1. */
  int index(int enterpriseId) {
    Integer i = indexById.get(enterpriseId);
    return i == null ? -1 : i;
  }

  int size() {
    return byIndex.size();
  }
}
