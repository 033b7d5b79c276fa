package io.itwincontracts.speccheck.internal.javaapi;

import io.itwincontracts.speccheck.InterfaceRole;
import io.itwincontracts.speccheck.JavaApiChange;
import io.itwincontracts.speccheck.Level;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiClassType.ClassType;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import japicmp.model.JApiHasAccessModifier;
import japicmp.model.JApiMethod;
import japicmp.model.JApiModifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns japicmp's comparison into one {@link JavaApiChange} per class, method, constructor or field. The level is the
 * Java language's: whatever japicmp calls source- or binary-incompatible is an ERROR; a new enum constant is a WARN (an
 * exhaustive {@code switch} over the enum stops compiling); a new method of an interface the users implement is a WARN
 * (they must implement it: {@link InterfaceRole}); any other addition is INFO. Annotation-only changes (Bean Validation
 * constraints mirroring maxLength or pattern) are left to the wire gate, which judges the constraint itself.
 */
public final class JavaApiClassifier {
  private final String module;
  private final String rootPackage;
  private final InterfaceRole role;
  private final List<JavaApiChange> changes = new ArrayList<>();

  public JavaApiClassifier(String module, String rootPackage, InterfaceRole role) {
    this.module = module;
    this.rootPackage = rootPackage;
    this.role = role;
  }

  public List<JavaApiChange> classify(List<JApiClass> classes) {
    for (JApiClass type : classes.stream().filter(JavaApiClassifier::reachable).toList()) {
      switch (type.getChangeStatus()) {
        case REMOVED -> add(type, "", "class removed: code using it no longer compiles", Level.ERROR, "java:removed");
        case NEW -> add(type, "", "class added", Level.INFO, "java:added");
        default -> members(type);
      }
    }
    changes.sort(Comparator.comparing(JavaApiChange::level).thenComparing(JavaApiChange::where));
    return changes;
  }

  private void members(JApiClass type) {
    incompatible(type, "", type);
    boolean isInterface = type.getClassType().getNewTypeOptional().orElse(ClassType.CLASS) == ClassType.INTERFACE;
    for (JApiMethod method : type.getMethods().stream().filter(JavaApiClassifier::reachable).toList()) {
      String member = MemberNames.signature(method);
      if (method.getChangeStatus() == JApiChangeStatus.NEW && isInterface && role == InterfaceRole.IMPLEMENTED) {
        add(type, member, "method added to an interface the server implements: implementations must add it",
            Level.WARN, "java:interface-method-added");
      } else {
        behaviour(type, method, member, "method");
      }
    }
    type.getConstructors().stream().filter(JavaApiClassifier::reachable)
        .forEach(constructor -> behaviour(type, constructor, MemberNames.signature(constructor), "constructor"));
    for (JApiField field : type.getFields().stream().filter(JavaApiClassifier::reachable).toList()) {
      boolean constant = field.getOldFieldOptional().or(field::getNewFieldOptional)
          .map(f -> javassist.Modifier.isEnum(f.getModifiers())).orElse(false);
      String kind = constant ? "enum constant" : "field";
      switch (field.getChangeStatus()) {
        case REMOVED -> add(type, field.getName(), kind + " removed: code using it no longer compiles", Level.ERROR,
            "java:removed");
        case NEW -> add(type, field.getName(), kind + " added" + (constant
            ? ": an exhaustive switch over the enum no longer compiles" : ""), constant ? Level.WARN : Level.INFO,
            constant ? "java:enum-constant-added" : "java:added");
        default -> incompatible(type, field.getName(), field);
      }
    }
  }

  private void behaviour(JApiClass type, JApiBehavior behaviour, String member, String kind) {
    switch (behaviour.getChangeStatus()) {
      case REMOVED -> add(type, member, kind + " removed: code calling it no longer compiles", Level.ERROR, "java:removed");
      case NEW -> add(type, member, kind + " added", Level.INFO, "java:added");
      default -> incompatible(type, member, behaviour);
    }
  }

  private void incompatible(JApiClass type, String member, JApiCompatibility element) {
    for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
      if (!change.isSourceCompatible() || !change.isBinaryCompatible()) {
        add(type, member, MemberNames.describe(change, element) + ": code compiled against the released API breaks", Level.ERROR,
            "java:changed");
      }
    }
  }

  /** Whether user code can reach the element in the released or the edited version: public or protected there. */
  private static boolean reachable(JApiHasAccessModifier element) {
    JApiModifier<AccessModifier> access = element.getAccessModifier();
    return Stream.of(access.getOldModifier(), access.getNewModifier()).flatMap(Optional::stream)
        .anyMatch(modifier -> modifier == AccessModifier.PUBLIC || modifier == AccessModifier.PROTECTED);
  }

  private void add(JApiClass type, String member, String reason, Level level, String rule) {
    String name = type.getFullyQualifiedName();
    changes.add(new JavaApiChange(module, GeneratedPackages.api(name, rootPackage), name.replace('$', '.'), member,
        reason, level, rule));
  }
}
