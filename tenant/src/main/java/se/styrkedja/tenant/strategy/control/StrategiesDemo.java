package se.styrkedja.tenant.strategy.control;

import static se.styrkedja.tenant.strategy.entity.Framework.DIGCOMPEDU;
import static se.styrkedja.tenant.strategy.entity.Framework.LIKA;
import static se.styrkedja.tenant.strategy.entity.Framework.NATIONAL;
import static se.styrkedja.tenant.strategy.entity.Framework.SELFIE;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.strategy.entity.Framework;
import se.styrkedja.tenant.strategy.entity.FrameworkRef;
import se.styrkedja.tenant.strategy.entity.Goal;
import se.styrkedja.tenant.strategy.entity.Strategy;

/**
 * The demo municipalities' strategies, from the seeds (../shared/seeds): Botkyrka's "Strategi för
 * barns och elevers lärande i en digital värld" (Utbildningsnämnden, June 2017) with its seven
 * priority areas and what it expects of principals and preschool heads, and Hässleholm's goal
 * document of spring 2016. Where the seeds give no target value or deadline, a goal's "why" says
 * plainly that its numbers are an example for the demo; its deadline is then in the current school
 * year by the server's clock (the adoption dates are the seeds' own).
 */
@ApplicationScoped
public class StrategiesDemo {

  static final String BOTKYRKA_TITLE = "Strategi för barns och elevers lärande i en digital värld";

  /** The seeds mark this as an example, so nobody takes an invented number for policy. */
  private static final String EXAMPLE =
      " (Exempel för demo: målvärde och datum är påhittade, inte hämtade ur strategin.)";

  @Inject AsTenant asTenant;
  @Inject Strategies strategies;
  @Inject StrategyStore store;
  @Inject Clock clock;

  void onDemo(@Observes @Priority(200) DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      asTenant.run(
          tenant,
          () -> {
            if (store.count() > 0) {
              return;
            }
            switch (tenant.value()) {
              case "botkyrka" -> botkyrka();
              case "hassleholm" -> hassleholm();
              default -> {}
            }
          });
    }
  }

  private void botkyrka() {
    Strategy s =
        strategies.create(
            new Strategy.Contents(
                BOTKYRKA_TITLE,
                "Utbildningsnämnden",
                null,
                null,
                "Utbildningsförvaltningens vision är att Botkyrkas barn och elever skapar världen,"
                    + " bygger kunskap och mening, utmanar och öppnar gränser samt visar"
                    + " solidaritet och tilltro till andra.\n\n"
                    + "Digitaliseringen kan möjliggöra att vi uppnår vår vision. Botkyrkas barn"
                    + " och elever ska utveckla en digital kompetens för att kunna utmana idag och"
                    + " i framtiden. För att möjliggöra det behöver vi jobba tillsammans mot ett"
                    + " digitalt Botkyrka."));
    UUID id = s.id();

    area(
        id,
        "Digital litteracitet och didaktik",
        "Kunna kommunicera, interagera och arbeta med de olika digitala formerna som finns nu och"
            + " i framtiden.",
        List.of(
            ref(LIKA, "ANVANDNING"),
            ref(SELFIE, "F"),
            ref(SELFIE, "H"),
            ref(DIGCOMPEDU, "3"),
            ref(DIGCOMPEDU, "6"),
            ref(NATIONAL, "DIGITAL_KOMPETENS")));

    UUID kompetens =
        area(
            id,
            "Kompetens och strategisk kompetens",
            "Den digitala kompetensen finns men behöver ständigt utvecklas hos oss alla:"
                + " förvaltningsledning, förskolechefer, skolledare, vårdnadshavare och"
                + " pedagoger.",
            List.of(
                ref(LIKA, "KOMPETENS"),
                ref(LIKA, "LEDNING"),
                ref(SELFIE, "A"),
                ref(SELFIE, "D"),
                ref(DIGCOMPEDU, "1"),
                ref(NATIONAL, "DIGITAL_KOMPETENS")));
    strategies.addGoal(
        id,
        kompetens,
        new Goal.Indicator(
            "Två IKT-pedagoger på varje förskola",
            "Antal utsedda IKT-pedagoger per förskola",
            "Vid införandet av lärplattor tog varje förskola fram två pedagoger, IKT-pedagoger,"
                + " som driver arbetet med de digitala verktygen på sin förskola och möts i"
                + " IKT-träffar."
                + EXAMPLE,
            new BigDecimal("2"),
            "per förskola",
            yearEnd()));

    area(
        id,
        "Källkritik",
        "Utveckla barn och elevers källkritiska förmåga har aldrig varit så viktigt som nu. Idag"
            + " möts vi av en mängd information, men vad är sant? Det är viktigt att alla får de"
            + " verktyg de behöver för att kunna dra källkritiska slutsatser.",
        List.of(
            ref(LIKA, "ANVANDNING"),
            ref(SELFIE, "H"),
            ref(DIGCOMPEDU, "6"),
            ref(NATIONAL, "DIGITAL_KOMPETENS")));

    UUID resurser =
        area(
            id,
            "Pedagogiska resurser",
            "Tillgång och förståelse för de digitala verktygen som finns i och utanför våra"
                + " verksamheter.",
            List.of(
                ref(LIKA, "INFRASTRUKTUR"),
                ref(SELFIE, "C"),
                ref(SELFIE, "E"),
                ref(DIGCOMPEDU, "2"),
                ref(NATIONAL, "LIKVARDIG_TILLGANG")));
    strategies.addGoal(
        id,
        resurser,
        new Goal.Indicator(
            "G Suite i alla förskolor",
            "Andel förskolor som använder G Suite i verksamheten",
            "G Suite fanns redan i grundskola och gymnasieskola; hösten 2016 prövades det i fem"
                + " förskolor och basutbildning för intresserade förskolor startade i april 2017."
                + EXAMPLE,
            new BigDecimal("100"),
            "%",
            LocalDate.of(yearEnd().getYear(), 12, 31)));

    area(
        id,
        "Sociala medier och ungas integritet på nätet",
        "En större medvetenhet och kunskap behövs idag hos våra barn och elever. Den personliga"
            + " integriteten behöver värnas. Det som publiceras idag kan få en konsekvens"
            + " imorgon.",
        List.of(
            ref(LIKA, "ANVANDNING"),
            ref(SELFIE, "H"),
            ref(DIGCOMPEDU, "6"),
            ref(NATIONAL, "DIGITAL_KOMPETENS")));

    UUID stod =
        area(
            id,
            "Förvaltningsövergripande och lokala stödstrukturer",
            "Modeller för förvaltningsövergripande och lokala stödstrukturer behöver utvecklas"
                + " dels för att öka kompetensen, dels för att kunna skala upp goda praktiker,"
                + " modeller och innovationsmiljöer. Detta ger förutsättningar för en lärande"
                + " organisation.",
            List.of(
                ref(LIKA, "LEDNING"),
                ref(SELFIE, "A"),
                ref(SELFIE, "B"),
                ref(DIGCOMPEDU, "1"),
                ref(NATIONAL, "FORSKNING_UPPFOLJNING")));
    strategies.addGoal(
        id,
        stod,
        new Goal.Indicator(
            "En lokal handlingsplan på varje enhet",
            "Andel förskolor och skolor med en lokal handlingsplan för det digitala"
                + " utvecklingsarbetet",
            "Strategin förväntar sig att rektorer och förskolechefer skapar en lokal"
                + " handlingsplan för att stödja lärandet utifrån den egna enhetens"
                + " förutsättningar."
                + EXAMPLE,
            new BigDecimal("100"),
            "%",
            yearEnd()));

    area(
        id,
        "Skapande och medskapande",
        "Modeller och strukturer behövs utvecklas för att stödja barn och elevers skapande och"
            + " medskapande. Vi behöver skapa bryggor mellan det informella och det formella"
            + " lärandet.",
        List.of(
            ref(LIKA, "ANVANDNING"),
            ref(SELFIE, "F"),
            ref(DIGCOMPEDU, "5"),
            ref(DIGCOMPEDU, "6"),
            ref(NATIONAL, "DIGITAL_KOMPETENS")));

    // "Så här har vi formulerat förväntningar för våra Rektorer och förskolechefer"; the seed's
    // line breaks inside words are joined, its empty fourth bullet is left out.
    List<String> leaders =
        List.of(
            "Förväntas ha adekvat förmåga att strategiskt leda digitalt utvecklingsarbete på sin"
                + " enhet.",
            "Förväntas ha kunskap om teorier, forskning och beprövad erfarenhet kopplad till det"
                + " digitala fältet för att kunna driva och leda det digitala utvecklingsarbetet på"
                + " enhetsnivå.",
            "Förväntas följa upp och stödja pedagoger i det digitala utvecklingsarbetet med sikte"
                + " på utbildningens kvalitet och likvärdighet.",
            "Förväntas driva, följa och utvärdera det digitala utvecklingsarbetet för undervisning"
                + " och lärande så att progression skapas och synliggörs.",
            "Förväntas skapa en lokal handlingsplan för att stödja lärandet utifrån den egna"
                + " enhetens förutsättningar.");
    strategies.putExpectations(id, RoleLevels.REKTOR, null, leaders);
    strategies.putExpectations(id, RoleLevels.FORSKOLECHEF, null, leaders);

    // The seeds say June 2017; the day is not known, so the first of the month stands for it.
    strategies.adopt(
        id, strategies.get(id).version(), LocalDate.of(2017, 6, 1), "Utbildningsnämnden");
  }

  private void hassleholm() {
    Strategy s =
        strategies.create(
            new Strategy.Contents(
                "Barn- och utbildningsnämndens måldokument 2016",
                "Barn- och utbildningsnämnden",
                null,
                null,
                ""));
    UUID id = s.id();
    UUID verktyg =
        area(
            id,
            "Digitala verktyg i lärandet",
            "Barns och elevers lärande ska förstärkas med hjälp av välorganiserad och tidsenlig"
                + " användning av digitala verktyg.",
            List.of(
                ref(LIKA, "ANVANDNING"),
                ref(LIKA, "LEDNING"),
                ref(SELFIE, "A"),
                ref(SELFIE, "F"),
                ref(NATIONAL, "DIGITAL_KOMPETENS")));
    strategies.addGoal(
        id,
        verktyg,
        new Goal.Indicator(
            "Barns och elevers lärande förstärks med hjälp av välorganiserad och tidsenlig"
                + " användning av digitala verktyg",
            "Andel förskolechefer och skolledare som deltagit i kompetens- och"
                + " ledarskapssatsningen i digitalt ledarskap",
            "Satsningen hösten 2016 ska förankra målet och skapa delaktighet i hela förvaltningen;"
                + " alla förskolechefer och skolledare deltog."
                + EXAMPLE,
            new BigDecimal("100"),
            "%",
            LocalDate.of(yearEnd().getYear() - 1, 12, 31)));
    strategies.addGoal(
        id,
        verktyg,
        new Goal.Indicator(
            "Varje ledare har en plan för utvecklingen av digital kompetens i sin verksamhet",
            "Andel förskolechefer och skolledare med en plan för det fortsatta utvecklingsarbetet"
                + " av digital kompetens",
            "Ledarna kartlade sin verksamhet med självskattningsscheman och enkäter och"
                + " utarbetade utifrån resultaten en plan för sin egen verksamhet."
                + EXAMPLE,
            new BigDecimal("100"),
            "%",
            yearEnd()));
    // The seeds say spring 2016; the day is not known, so 1 April stands for it.
    strategies.adopt(
        id, strategies.get(id).version(), LocalDate.of(2016, 4, 1), "Barn- och utbildningsnämnden");
  }

  /**
   * The last day of the current school year (30 June): the invented goals fall due at the end of
   * the year the demo is in, not years ago, so the demo never shows them all overdue.
   */
  private LocalDate yearEnd() {
    LocalDate today = Clocks.today(clock);
    int first = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    return LocalDate.of(first + 1, 6, 30);
  }

  private UUID area(UUID strategyId, String title, String description, List<FrameworkRef> refs) {
    return strategies.addArea(strategyId, title, description, refs).id();
  }

  private static FrameworkRef ref(Framework framework, String code) {
    return new FrameworkRef(framework, code);
  }
}
