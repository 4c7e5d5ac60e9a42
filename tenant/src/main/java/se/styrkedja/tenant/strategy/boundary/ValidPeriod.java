package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A validity period ends on or after it begins; the error names {@code validTo}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPeriod.Check.class)
public @interface ValidPeriod {

  String message() default "must be on or after validFrom";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** What has a validity period. */
  interface Period {
    LocalDate validFrom();

    LocalDate validTo();
  }

  class Check implements ConstraintValidator<ValidPeriod, Period> {
    @Override
    public boolean isValid(Period p, ConstraintValidatorContext context) {
      if (p == null || p.validFrom() == null || p.validTo() == null) {
        return true;
      }
      if (!p.validTo().isBefore(p.validFrom())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("validTo")
          .addConstraintViolation();
      return false;
    }
  }
}
