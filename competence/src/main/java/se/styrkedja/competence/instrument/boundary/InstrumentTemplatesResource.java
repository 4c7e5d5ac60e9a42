package se.styrkedja.competence.instrument.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.competence.instrument.boundary.InstrumentViews.InstrumentTemplateView;
import se.styrkedja.competence.instrument.control.Instruments;

/** The built-in instrument templates a municipality copies (POST /api/instruments). */
@Path("instrument-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments")
public class InstrumentTemplatesResource {

  @Inject Instruments instruments;

  @GET
  @Operation(
      operationId = "listInstrumentTemplates",
      summary = "The built-in templates: digital leadership, teachers after DigCompEdu")
  public List<InstrumentTemplateView> list() {
    return instruments.templates().stream().map(InstrumentTemplateView::of).toList();
  }
}
