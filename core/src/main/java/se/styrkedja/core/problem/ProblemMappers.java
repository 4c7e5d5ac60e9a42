package se.styrkedja.core.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The exception mappers. Each is as specific as the framework's own, so that ours win; all of them
 * answer through {@link Problems}.
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** Everything else, including faults: a 500 that leaks nothing. */
  @Provider
  public static class Fallback implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable thrown) {
      return Problems.response(Problems.of(thrown));
    }
  }

  /** Unknown route, wrong method, wrong media type, unreadable body. */
  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException thrown) {
      return Problems.response(Problems.of(thrown));
    }
  }

  /** Bean Validation, one {@code errors[]} entry per field; beats the framework's own mapper. */
  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException thrown) {
      return Problems.response(Problems.of(thrown));
    }
  }

  @Provider
  public static class Domain implements ExceptionMapper<DomainProblem> {
    @Override
    public Response toResponse(DomainProblem thrown) {
      return Problems.response(Problems.of(thrown));
    }
  }
}
