package org.clusteratlas.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dynamic-management proposals over HTTP. Reading needs a signed-in user and shows the proposals of
 * the clusters the user's scope covers (401 for the public); confirming and rejecting are the
 * province administrator's (403 otherwise), with {@code {"reason": "…", "document": "…"}}.
 *
 * <ul>
 *   <li>{@code GET /api/v1/management/proposals?year=&state=&kind=}: {@code {"proposals": […]}};
 *   <li>{@code GET /api/v1/management/proposals/{id}}: one proposal with its decisions;
 *   <li>{@code POST /api/v1/management/proposals/{id}/confirm} and {@code …/reject}: the proposal
 *       as decided.
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/management/proposals")
@Tag(name = "management", description = "动态管理建议 / dynamic-management proposals")
class ManagementApi {

  private final DynamicManagement management;
  private final ProposalTexts texts;

  ManagementApi(DynamicManagement management, ProposalTexts texts) {
    this.management = management;
    this.texts = texts;
  }

  record DecisionBody(String reason, String document) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DecisionView(
      String decision,
      String actorName,
      String actorRole,
      OffsetDateTime at,
      String reason,
      String document,
      Long supersededByRun,
      Long lifecycleCaseId,
      Integer lifecycleStepSeq) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProposalView(
      long id,
      int year,
      long runId,
      long clusterId,
      String clusterName,
      String kind,
      String kindName,
      String lifecycleStep,
      String grounds,
      String groundsKey,
      List<String> groundsArguments,
      String state,
      String stateName,
      OffsetDateTime proposedAt,
      List<DecisionView> decisions) {}

  record ProposalList(List<ProposalView> proposals) {}

  @GetMapping
  ProposalList list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String kind,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return new ProposalList(
        management
            .proposals(
                year,
                state == null ? null : ProposalState.ofCode(state),
                kind == null ? null : ProposalKind.ofCode(kind),
                scope)
            .stream()
            .map(p -> view(p, locale))
            .toList());
  }

  @GetMapping("/{id}")
  ProposalView show(@PathVariable long id, @Parameter(hidden = true) Scope scope, Locale locale) {
    return view(management.proposal(id, scope), locale);
  }

  @PostMapping("/{id}/confirm")
  ProposalView confirm(
      @PathVariable long id,
      @RequestBody DecisionBody body,
      @Parameter(hidden = true) Actor actor,
      Locale locale) {
    return view(management.confirm(id, actor, body.reason(), body.document()), locale);
  }

  @PostMapping("/{id}/reject")
  ProposalView reject(
      @PathVariable long id,
      @RequestBody DecisionBody body,
      @Parameter(hidden = true) Actor actor,
      Locale locale) {
    return view(management.reject(id, actor, body.reason(), body.document()), locale);
  }

  private ProposalView view(Proposal p, Locale locale) {
    return new ProposalView(
        p.id(),
        p.year(),
        p.runId(),
        p.cluster().value(),
        p.clusterName(),
        p.kind().code(),
        texts.kind(p.kind(), locale),
        p.kind().step().map(t -> t.code()).orElse(null),
        texts.grounds(p.grounds(), locale),
        p.grounds().key(),
        p.grounds().arguments(),
        p.state().code(),
        texts.state(p.state(), locale),
        ProposalTexts.beijing(p.proposedAt()),
        p.decisions().stream()
            .map(
                d ->
                    new DecisionView(
                        d.outcome().code(),
                        d.actor().name(),
                        d.actor().role().name().toLowerCase(Locale.ROOT),
                        ProposalTexts.beijing(d.at()),
                        d.reason(),
                        d.document(),
                        d.supersededByRun(),
                        d.lifecycleCaseId(),
                        d.lifecycleStepSeq()))
            .toList());
  }
}
