package org.clusteratlas.management;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A proposal's words in the reader's language: its kind, state and grounds; times in Beijing. */
@Component
class ProposalTexts {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * A grounds argument that is a code to show in words, e.g. {@code grade:fail} or {@code
   * ladder:national_sme_characteristic}.
   */
  private static final Pattern CODE = Pattern.compile("(grade|tier|direction|ladder):([a-z0-9_]+)");

  private final MessageSource messages;

  ProposalTexts(MessageSource messages) {
    this.messages = messages;
  }

  String kind(ProposalKind kind, Locale locale) {
    return messages.getMessage("management.kind." + kind.code(), null, locale);
  }

  String state(ProposalState state, Locale locale) {
    return messages.getMessage("management.state." + state.code(), null, locale);
  }

  String grounds(Grounds grounds, Locale locale) {
    // an argument may hold several codes, e.g. ladders joined by 、
    Object[] args =
        grounds.arguments().stream()
            .map(
                a ->
                    CODE.matcher(a)
                        .replaceAll(
                            m ->
                                Matcher.quoteReplacement(
                                    messages.getMessage(
                                        "management.arg." + m.group(1) + "." + m.group(2),
                                        null,
                                        m.group(),
                                        locale))))
            .toArray();
    return messages.getMessage(grounds.key(), args, grounds.key(), locale);
  }

  /** What a decision did besides: the run that superseded it, or the lifecycle step it took. */
  String effect(Decision d, Locale locale) {
    if (d.supersededByRun() != null) {
      return messages.getMessage(
          "management.decision.superseded", new Object[] {d.supersededByRun()}, locale);
    }
    if (d.lifecycleCaseId() != null) {
      return messages.getMessage(
          "management.decision.step",
          new Object[] {d.lifecycleCaseId(), d.lifecycleStepSeq()},
          locale);
    }
    return null;
  }

  static OffsetDateTime beijing(Instant at) {
    return at.atZone(BEIJING).toOffsetDateTime();
  }

  static String time(Instant at) {
    return TIME.format(at.atZone(BEIJING));
  }
}
