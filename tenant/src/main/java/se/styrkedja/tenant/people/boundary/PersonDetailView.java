package se.styrkedja.tenant.people.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.people.control.People;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.ss12000.control.Records;

/** A person with its duties: role, unit (id and name), period, and the chain level it gives. */
public record PersonDetailView(PersonView person, List<DutyView> duties) {

  public record DutyView(
      UUID id,
      @Schema(nullable = true) String externalId,
      String dutyRole,
      UUID unitId,
      @Schema(nullable = true) String unitName,
      @Schema(nullable = true) LocalDate startDate,
      @Schema(nullable = true) LocalDate endDate,
      @Schema(nullable = true) String level) {}

  static PersonDetailView of(People.WithDuties p, boolean contact, OrganisationTree tree) {
    return new PersonDetailView(
        PersonView.of(p.person(), contact), p.duties().stream().map(d -> duty(d, tree)).toList());
  }

  private static DutyView duty(Duty d, OrganisationTree tree) {
    String unitName = tree.find(d.unitId()).map(UnitInfo::name).orElse(null);
    return new DutyView(
        d.id(),
        d.externalId(),
        d.dutyRole(),
        d.unitId(),
        unitName,
        d.startDate(),
        d.endDate(),
        Records.levelOf(d.dutyRole()).orElse(null));
  }
}
