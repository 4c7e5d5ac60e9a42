package se.styrkedja.core.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns anything thrown while answering a request into one {@link Problem}. Client mistakes are
 * logged at FINE, server faults at SEVERE with the {@code instance} id the response carries and
 * nothing internal in the response.
 */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  /**
   * PostgreSQL's SQL states of two transactions meeting: serialization failure, deadlock detected,
   * unique violation.
   */
  static final Set<String> RACES = Set.of("40001", "40P01", "23505");

  private Problems() {}

  public static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem)
        .header("Cache-Control", "no-store")
        .build();
  }

  public static String json(Problem problem) {
    return JsonHolder.JSONB.toJson(problem);
  }

  /** Created on first use, so that the mapping itself needs no JSON-B provider. */
  private static final class JsonHolder {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  public static String newInstance() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  public static Problem of(Throwable thrown) {
    // A condition of ours wins over whatever the framework wrapped it in (a body reader's).
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof DomainProblem p) {
        return logged(fromDomain(p), thrown);
      }
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof DomainProblem p) {
        return logged(fromDomain(p), thrown);
      }
      if (t instanceof ConstraintViolationException v) {
        return logged(fromViolations(v), thrown);
      }
      if (t instanceof OptimisticLockException) {
        return logged(
            Problem.of(
                409,
                CoreProblemCode.PERSISTENCE_CONCURRENT_UPDATE,
                "Changed by someone else",
                "Someone else saved this at the same time. Reload it and make your change again.",
                newInstance()),
            thrown);
      }
      if (t instanceof SQLException sql && raceState(sql) != null) {
        // Two requests met in the database: a deadlock, a serialisation failure, or a row that
        // another transaction stored first (the checks before it passed in both). The loser
        // retries after reloading, as after any concurrent update. Logged at WARNING so a unique
        // violation that is a missing check, not a race, is still seen.
        Problem problem =
            Problem.of(
                409,
                CoreProblemCode.PERSISTENCE_CONCURRENT_UPDATE,
                "Changed by someone else",
                "Someone else saved a change at the same time. Reload and make your change again.",
                newInstance());
        LOG.log(
            Level.WARNING,
            "Concurrent write refused with 409, SQL state "
                + raceState(sql)
                + ", instance "
                + problem.instance(),
            thrown);
        return problem;
      }
      if (t instanceof JsonbException || t instanceof JsonException) {
        return logged(fromWebApplication(new BadRequestException(t)), thrown);
      }
      if (t instanceof WebApplicationException w && t == thrown) {
        return logged(fromWebApplication(w), thrown);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return logged(
        Problem.of(
            500,
            CoreProblemCode.INTERNAL,
            "Internal error",
            "Something went wrong on our side. Quote the instance id if you contact support.",
            newInstance()),
        thrown);
  }

  static Problem fromDomain(DomainProblem p) {
    int status =
        switch (p.kind()) {
          case INVALID -> 400;
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case UNAVAILABLE -> 503;
        };
    return new Problem(
        Problem.typeOf(p.code()),
        p.title(),
        status,
        p.detail(),
        newInstance(),
        p.code(),
        p.errors().stream().map(e -> e.withCode(p.code())).toList());
  }

  static Problem fromViolations(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), codeOf(v).code(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    String detail =
        errors.size() == 1
            ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).message()
            : errors.size() + " fields are not valid.";
    return Problem.of(400, CoreProblemCode.VALIDATION, "Invalid input", detail, newInstance())
        .withErrors(errors);
  }

  /** The code of a violated constraint, so that a client words it; any other is plain invalid. */
  static CoreProblemCode codeOf(ConstraintViolation<?> v) {
    if (v.getConstraintDescriptor() == null) {
      return CoreProblemCode.VALIDATION;
    }
    return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
      case "NotBlank", "NotEmpty" -> CoreProblemCode.VALIDATION_NOT_BLANK;
      case "NotNull" -> CoreProblemCode.VALIDATION_NOT_NULL;
      case "Size" -> CoreProblemCode.VALIDATION_SIZE;
      case "Pattern" -> CoreProblemCode.VALIDATION_PATTERN;
      case "Email" -> CoreProblemCode.VALIDATION_EMAIL;
      case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative" ->
          CoreProblemCode.VALIDATION_RANGE;
      default -> CoreProblemCode.VALIDATION;
    };
  }

  /**
   * The field as the client named it: {@code edit.request.title} becomes {@code title}; a query or
   * path parameter keeps its own name ({@code limit}).
   */
  static String fieldOf(ConstraintViolation<?> v) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : v.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
        case PARAMETER -> parameter = node.getName();
        default -> {
          if (node.getName() != null) {
            if (!field.isEmpty()) {
              field.append('.');
            }
            field.append(node.getName());
          }
        }
      }
    }
    if (!field.isEmpty()) {
      return field.toString();
    }
    return parameter == null ? "body" : parameter;
  }

  static Problem fromWebApplication(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    return switch (status) {
      case 400 ->
          Problem.of(
              400,
              CoreProblemCode.REQUEST_MALFORMED,
              "Malformed request",
              "The request could not be read. Check that the body is well-formed JSON of the"
                  + " expected shape.",
              newInstance());
      case 401 -> Unauthorized.problem();
      case 404 ->
          Problem.of(
              404,
              CoreProblemCode.ROUTE_NOT_FOUND,
              "Not found",
              "There is nothing at this address.",
              newInstance());
      case 405 ->
          Problem.of(
              405,
              CoreProblemCode.ROUTE_METHOD_NOT_ALLOWED,
              "Method not allowed",
              "This address does not accept that method.",
              newInstance());
      case 406 ->
          Problem.of(
              406,
              CoreProblemCode.REQUEST_NOT_ACCEPTABLE,
              "Not acceptable",
              "This address cannot answer in the media type asked for; ask for application/json.",
              newInstance());
      case 415 ->
          Problem.of(
              415,
              CoreProblemCode.REQUEST_UNSUPPORTED_MEDIA_TYPE,
              "Unsupported media type",
              "Send the body as application/json.",
              newInstance());
      default ->
          status >= 500
              ? Problem.of(
                  500,
                  CoreProblemCode.INTERNAL,
                  "Internal error",
                  "Something went wrong on our side. Quote the instance id if you contact support.",
                  newInstance())
              : Problem.of(
                  status,
                  CoreProblemCode.REQUEST_REFUSED,
                  "Request refused",
                  "The request was refused (HTTP " + status + ").",
                  newInstance());
    };
  }

  /**
   * The SQL state of a race, or null: a batch of statements (EclipseLink's batch writing) reports
   * the failed statement's error as its next exception.
   */
  private static String raceState(SQLException e) {
    int seen = 0;
    for (SQLException s = e; s != null && seen < 10; s = s.getNextException(), seen++) {
      if (s.getSQLState() != null && RACES.contains(s.getSQLState())) {
        return s.getSQLState();
      }
    }
    return null;
  }

  private static Problem logged(Problem problem, Throwable thrown) {
    if (problem.status() >= 500) {
      LOG.log(Level.SEVERE, "Internal error, instance " + problem.instance(), thrown);
    } else if (LOG.isLoggable(Level.FINE)) {
      LOG.log(
          Level.FINE,
          "{0} {1} ({2}): {3}",
          new Object[] {problem.status(), problem.code(), problem.instance(), problem.detail()});
    }
    return problem;
  }
}
