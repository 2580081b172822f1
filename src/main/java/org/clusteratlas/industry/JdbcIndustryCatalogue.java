package org.clusteratlas.industry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcIndustryCatalogue implements IndustryCatalogue {

  private final JdbcClient jdbc;

  JdbcIndustryCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Division> division(IndustryCode code) {
    return jdbc.sql("select code, name_zh, name_en, section from industry_division where code = ?")
        .param(code.value())
        .query(
            (rs, n) ->
                new Division(
                    new IndustryCode(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)))
        .optional();
  }

  @Override
  public Optional<Chain> chain(String code) {
    return jdbc.sql("select code, name_zh, name_en, kind from industrial_chain where code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new Chain(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  @Override
  public List<Chain> chains() {
    return jdbc.sql(
            "select code, name_zh, name_en, kind from industrial_chain order by kind desc, code")
        .query(
            (rs, n) ->
                new Chain(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
