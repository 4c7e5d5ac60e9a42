package se.styrkedja.tenant.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.paging.PageRequest;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.people.control.People;

/**
 * The municipality's staff and their duties at units (from the SS 12000 import). Another tenant's
 * person answers 404.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Staff and their duties (tjänstgöringar) at units")
public class PeopleResource {

  @Inject People people;
  @Inject OrganisationTree tree;

  @GET
  @Operation(
      operationId = "listPeople",
      summary = "The people by family name, optionally searched by name, e-mail or username",
      description = "E-mail addresses and usernames only for the municipality admin.")
  public Page<PersonView> list(
      @QueryParam("search") @Size(max = 200, message = "must be at most 200 characters")
          String search,
      @BeanParam @Valid PageRequest page) {
    boolean contact = people.seesContactDetails();
    return people.list(search, page.offset(), page.limit()).map(p -> PersonView.of(p, contact));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getPerson", summary = "One person with its duties")
  public PersonDetailView get(@PathParam("id") UUID id) {
    return PersonDetailView.of(people.get(id), people.seesContactDetails(), tree);
  }
}
