package db.migration;

import java.sql.PreparedStatement;
import java.sql.Statement;
import org.clusteratlas.evaluation.Scheme;
import org.clusteratlas.evaluation.SchemeJson;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The evaluation's tables (issue 5), and the shipped default scheme ({@code
 * evaluation/scheme-2021.json}, version 2021.1) published as their first row, checked as every
 * scheme is (a scheme the code would refuse fails the migration).
 *
 * <ul>
 *   <li>{@code evaluation_scheme}: every published scheme, never changed, with its definition as
 *       JSON, who published it, when and why; it applies from its year on until a newer one.
 *   <li>{@code evaluation_run}: one evaluation of a year: the scheme version and the data version
 *       it used, and the run of the year before whose grades its stars rest on.
 *   <li>{@code evaluation_result}: each cluster's total, grade, rank and stars in a run.
 *   <li>{@code evaluation_score}: each cluster's leaves in a run — raw value, normalised score,
 *       weight, contribution, how it was scored and what the normalisation rested on.
 * </ul>
 */
public class V8__Evaluation extends BaseJavaMigration {

  private static final String SCHEMA =
      """
      create table evaluation_scheme (
        version      text primary key,
        seq          bigint generated always as identity unique,
        year         smallint not null,
        name         text not null,
        definition   jsonb not null,
        created_at   timestamptz not null,
        actor_name   text not null,
        actor_role   text not null,
        actor_region varchar(6) not null,
        reason       text not null
      );
      create index evaluation_scheme_by_year on evaluation_scheme (year, seq);

      create table evaluation_run (
        id             bigint generated always as identity primary key,
        year           smallint not null,
        scheme_version text not null references evaluation_scheme (version),
        data_version   bigint not null references data_version (id),
        previous_run   bigint references evaluation_run (id),
        actor_name     text not null,
        actor_role     text not null,
        actor_region   varchar(6) not null,
        ran_at         timestamptz not null,
        check (previous_run is null or previous_run < id)
      );
      create index evaluation_run_by_year on evaluation_run (year, id);

      create table evaluation_result (
        run_id          bigint not null references evaluation_run (id),
        cluster_id      bigint not null references cluster (id),
        total           numeric(5, 2) not null check (total between 0 and 100),
        grade           text not null check (grade in ('excellent', 'good', 'pass', 'fail')),
        rank            integer not null check (rank >= 1),
        stars           smallint not null check (stars in (0, 3, 4, 5)),
        last_year_grade text check (last_year_grade in ('excellent', 'good', 'pass', 'fail')),
        primary key (run_id, cluster_id)
      );

      create table evaluation_score (
        run_id       bigint not null,
        cluster_id   bigint not null,
        leaf_code    text not null,
        raw_value    numeric,
        normalised   numeric(5, 2) not null check (normalised between 0 and 100),
        weight       numeric(7, 4) not null check (weight > 0),
        contribution numeric not null,
        basis        text not null check (basis in ('scored', 'missing', 'self_report_pending')),
        bound_low    numeric,
        bound_high   numeric,
        cohort_rank  integer,
        cohort_size  integer,
        primary key (run_id, cluster_id, leaf_code),
        foreign key (run_id, cluster_id) references evaluation_result (run_id, cluster_id),
        check ((raw_value is null) = (basis <> 'scored'))
      );
      """;

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(SCHEMA);
    }
    Scheme scheme = SchemeJson.shippedDefault();
    try (PreparedStatement insert =
        context
            .getConnection()
            .prepareStatement(
                "insert into evaluation_scheme (version, year, name, definition, created_at,"
                    + " actor_name, actor_role, actor_region, reason) values (?, ?, ?,"
                    + " cast(? as jsonb), now(), 'system', 'PROVINCE_ADMIN', '360000', ?)")) {
      insert.setString(1, scheme.version());
      insert.setInt(2, scheme.year());
      insert.setString(3, scheme.nameZh());
      insert.setString(4, SchemeJson.write(scheme));
      insert.setString(
          5,
          "随平台发布的默认评价方案 / the default scheme shipped with the platform ("
              + SchemeJson.DEFAULT_RESOURCE
              + ")");
      insert.executeUpdate();
    }
  }
}
