package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkedja.web.it.Fixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * What {@code /api/me} says each demo role may do, which is what the web app's menu and buttons
 * offer: it must match what the other endpoints enforce for the same person.
 */
class MeIT {

  private static List<String> capabilitiesOf(String username) {
    Answer me = Api.as(username).get("me");
    assertEquals(200, me.status(), me.raw());
    return texts(me.body().get("capabilities"));
  }

  @Test
  void theMunicipalityAdminConfiguresAndReadsPeopleButWritesAndApprovesNoPlan() {
    assertEquals(
        List.of("CONFIGURE", "READ_PEOPLE", "READ_INSTRUMENTS", "WRITE_INSTRUMENTS"),
        capabilitiesOf("admin.botkyrka"));
    // The same in the other municipality, from its own assignments.
    assertEquals(
        List.of("CONFIGURE", "READ_PEOPLE", "READ_INSTRUMENTS", "WRITE_INSTRUMENTS"),
        capabilitiesOf("admin.hassleholm"));
  }

  @Test
  void thePrincipalWritesTheSchoolsPlanAndApprovesNothingSinceTeachersWriteNone() {
    assertEquals(
        List.of("READ_PEOPLE", "WRITE_PLANS", "READ_INSTRUMENTS"),
        capabilitiesOf("rektor.botkyrka"));
    assertEquals(
        List.of("READ_PEOPLE", "WRITE_PLANS", "READ_INSTRUMENTS"),
        capabilitiesOf("forskolechef.botkyrka"));
  }

  @Test
  void theAdministrationWritesItsPlanAndApprovesThePrincipals() {
    assertEquals(
        List.of(
            "READ_PEOPLE", "WRITE_PLANS", "APPROVE_PLANS", "READ_INSTRUMENTS", "WRITE_INSTRUMENTS"),
        capabilitiesOf("forvaltning.botkyrka"));
  }

  @Test
  void thePoliticianApprovesTheAdministrationsPlanAndWritesNone() {
    assertEquals(
        List.of("READ_PEOPLE", "APPROVE_PLANS", "READ_INSTRUMENTS"),
        capabilitiesOf("politiker.botkyrka"));
  }

  @Test
  void theTeacherAndItReadPeopleAndInstrumentsOnly() {
    assertEquals(List.of("READ_PEOPLE", "READ_INSTRUMENTS"), capabilitiesOf("larare.botkyrka"));
    // Hässleholm's: PlansIT and HomeIT give Botkyrka's IT strategist the administration's level
    // over the preschools in the system all these tests share.
    assertEquals(List.of("READ_PEOPLE", "READ_INSTRUMENTS"), capabilitiesOf("it.hassleholm"));
  }

  @Test
  void theOperatorManagesMunicipalitiesAndNothingInAny() {
    assertEquals(List.of("MANAGE_TENANTS"), capabilitiesOf("operator"));
  }

  @Test
  void whatIsOfferedIsWhatIsEnforced() {
    // A teacher has no CONFIGURE: the import the menu does not offer is refused.
    assertEquals(403, Api.as("larare.botkyrka").get("imports").status());
    // The admin has CONFIGURE: it is not refused.
    assertEquals(200, Api.as("admin.botkyrka").get("imports").status());
  }
}
