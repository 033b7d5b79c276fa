package io.itwincontracts.speccheck.internal.javaapi;

import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a Java-API finding names a member and what changed in it, with simple type names. */
final class MemberNames {
  private MemberNames() {}

  static String describe(JApiCompatibilityChange change, JApiCompatibility element) {
    if (element instanceof JApiMethod method && method.getReturnType().getChangeStatus() == JApiChangeStatus.MODIFIED) {
      return "return type changed from " + simple(method.getReturnType().getOldReturnType()) + " to "
          + simple(method.getReturnType().getNewReturnType());
    }
    if (element instanceof JApiField field && field.getType().hasChanged()) {
      return "type changed from " + simple(field.getType().getOldValue()) + " to " + simple(field.getType().getNewValue());
    }
    return change.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String signature(JApiBehavior behaviour) {
    String name = behaviour instanceof JApiMethod ? behaviour.getName() : "<init>";
    return name + behaviour.getParameters().stream().map(JApiParameter::getType).map(MemberNames::simple)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String simple(String type) {
    return type.replaceAll("[\\w$]+\\.", "").replace('$', '.');
  }
}
