package se.styrkedja.tenant.unit.control;

import static se.styrkedja.tenant.api.SchoolType.FKLASS;
import static se.styrkedja.tenant.api.SchoolType.FS;
import static se.styrkedja.tenant.api.SchoolType.FTH;
import static se.styrkedja.tenant.api.SchoolType.GR;
import static se.styrkedja.tenant.api.SchoolType.GY;
import static se.styrkedja.tenant.api.UnitType.ADMINISTRATION;
import static se.styrkedja.tenant.api.UnitType.DEPARTMENT;
import static se.styrkedja.tenant.api.UnitType.PRESCHOOL_UNIT;
import static se.styrkedja.tenant.api.UnitType.SCHOOL_FORM_AREA;
import static se.styrkedja.tenant.api.UnitType.SCHOOL_UNIT;
import static se.styrkedja.tenant.api.UnitType.TEAM;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.entity.Unit;

/**
 * The demo municipalities' organisation trees, from the seeds: Botkyrka's utbildningsförvaltning
 * with its förskola and grundskola, the IT unit and the digitalisation support; Hässleholm's barn-
 * och utbildningsförvaltning. The school unit codes are made up. Runs before other features' demo
 * data ({@code @Priority} 100), since their data belongs to units.
 */
@ApplicationScoped
public class UnitsDemo {

  static final int PRIORITY = 100;
  private static final LocalDate OPENED = LocalDate.of(2017, 1, 1);

  @Inject AsTenant asTenant;
  @Inject Units units;
  @Inject UnitStore store;

  void onDemo(@Observes @Priority(PRIORITY) DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      asTenant.run(
          tenant,
          () -> {
            if (store.root().isPresent()) {
              return;
            }
            switch (tenant.value()) {
              case "botkyrka" -> botkyrka();
              case "hassleholm" -> hassleholm();
              default -> unit(ADMINISTRATION, "Utbildningsförvaltningen", null, null);
            }
          });
    }
  }

  private void botkyrka() {
    UUID root = unit(ADMINISTRATION, "Utbildningsförvaltningen", null, null);
    UUID forskola = unit(SCHOOL_FORM_AREA, "Förskola", root, null, FS);
    unit(PRESCHOOL_UNIT, "Tumba förskola", forskola, "38125463", FS);
    unit(PRESCHOOL_UNIT, "Alby förskola", forskola, "29514378", FS);
    unit(PRESCHOOL_UNIT, "Hallunda förskola", forskola, "71836502", FS);
    unit(PRESCHOOL_UNIT, "Fittja förskola", forskola, "50372916", FS);
    UUID grundskola = unit(SCHOOL_FORM_AREA, "Grundskola", root, null, FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Storvretsskolan", grundskola, "84230157", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Tullinge skola", grundskola, "16493827", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Alléskolan", grundskola, "63058241", FKLASS, GR, FTH);
    UUID gymnasium = unit(SCHOOL_FORM_AREA, "Gymnasieskola", root, null, GY);
    unit(SCHOOL_UNIT, "Tumba gymnasium", gymnasium, "27946183", GY);
    UUID it = unit(DEPARTMENT, "IT-enheten", root, null);
    unit(TEAM, "Digitaliseringsstöd", it, null);
  }

  private void hassleholm() {
    UUID root = unit(ADMINISTRATION, "Barn- och utbildningsförvaltningen", null, null);
    UUID forskola = unit(SCHOOL_FORM_AREA, "Förskola", root, null, FS);
    unit(PRESCHOOL_UNIT, "Vittsjö förskola", forskola, "45291736", FS);
    unit(PRESCHOOL_UNIT, "Sösdala förskola", forskola, "93157248", FS);
    // Enough school leaders and preschool heads for the self-assessment all of them made (seed
    // 003).
    unit(PRESCHOOL_UNIT, "Tormestorps förskola", forskola, "31874502", FS);
    unit(PRESCHOOL_UNIT, "Tyringe förskola", forskola, "68201953", FS);
    unit(PRESCHOOL_UNIT, "Vinslövs förskola", forskola, "20957361", FS);
    unit(PRESCHOOL_UNIT, "Västra förskolan", forskola, "57420186", FS);
    UUID grundskola = unit(SCHOOL_FORM_AREA, "Grundskola", root, null, FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Vittsjö skola", grundskola, "52684019", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Tyringe skola", grundskola, "74310865", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Västerskolan", grundskola, "86035127", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Vinslövs skola", grundskola, "39416852", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Ubbaltskolan", grundskola, "94123670", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Vanneberga skola", grundskola, "15780234", FKLASS, GR, FTH);
    unit(SCHOOL_UNIT, "Österskolan", grundskola, "72068315", GR);
    unit(DEPARTMENT, "IT-avdelningen", root, null);
  }

  private UUID unit(
      UnitType type, String name, UUID parent, String schoolUnitCode, SchoolType... forms) {
    Unit unit =
        units.create(new Units.NewUnit(type, name, parent, schoolUnitCode, Set.of(forms), OPENED));
    return unit.id();
  }
}
