package no.ks.ledergaloppen.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.assessment.AssessmentDraft;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Brings the Pilot i vest cases to life: each in its own phase, with a history (Kvam went back after
 * a test), ticked steps and two five-foundations assessments, the first with a zero. Each change is
 * made by a member of that municipality's leader group, through the same services as in the app.
 */
@Component
class DemoCases {

    private record Story(String municipality, String member, CaseFields fields, List<Move> moves, int[] first,
                         int[] second) { }

    private record Move(Phase to, String reason) { }

    private final CaseService cases;
    private final PhaseService phases;
    private final RoadmapService roadmap;
    private final AssessmentService assessments;
    private final SystemAuthentication system;

    DemoCases(CaseService cases, PhaseService phases, RoadmapService roadmap, AssessmentService assessments,
              SystemAuthentication system) {
        this.cases = cases;
        this.phases = phases;
        this.roadmap = roadmap;
        this.assessments = assessments;
        this.system = system;
    }

    void seed() {
        List<CaseSummary> all = system.runAsSystem(() -> cases.page(Pageable.unpaged()).getContent());
        for (Story story : stories()) {
            all.stream().filter(c -> c.cohortName().equals("Pilot i vest") && c.municipalityName().equals(story.municipality()))
                    .findFirst().ifPresent(c -> system.runAs(story.member(), () -> tell(c.id(), story)));
        }
    }

    private void tell(long caseId, Story story) {
        cases.update(caseId, cases.details(caseId).version(), story.fields());
        for (Move move : story.moves()) {
            tickAll(caseId);
            phases.move(caseId, move.to(), move.reason(), true);
        }
        List<StepGuide> current = roadmap.phase(cases.details(caseId).summary().phase()).steps();
        if (!current.isEmpty()) {
            phases.tick(caseId, current.getFirst().id(), null);
        }
        assessments.record(caseId, draft(LocalDate.of(2019, 1, 24), story.first()));
        assessments.record(caseId, draft(LocalDate.of(2019, 3, 21), story.second()));
    }

    private void tickAll(long caseId) {
        Phase phase = cases.details(caseId).summary().phase();
        roadmap.phase(phase).steps().forEach(s -> phases.tick(caseId, s.id(), null));
    }

    private static AssessmentDraft draft(LocalDate on, int[] s) {
        Map<Foundation, Integer> scores = new EnumMap<>(Foundation.class);
        Foundation[] all = Foundation.values();
        for (int i = 0; i < all.length; i++) {
            scores.put(all[i], s[i]);
        }
        return new AssessmentDraft(on, scores, Map.of());
    }

    private static List<Story> stories() {
        return List.of(
                new Story("Haugesund kommune", "ola", new CaseFields("Trygg hjemme med digitalt tilsyn",
                        "Eldre som bor hjemme og pårørende er utrygge om natten. Hjemmetjenesten bruker mye tid på"
                                + " nattlige tilsynsbesøk som ofte vekker brukeren.",
                        "Hjemmeboende eldre med tilsynsbehov om natten, og pårørende",
                        "Marte Solheim, kommunalsjef helse og omsorg",
                        "Hjemmetjenesten, IKT, to brukerrepresentanter og en pårørende",
                        "Politisk utvalg for helse, tillitsvalgte, fastlegene", Visibility.COHORT),
                        List.of(new Move(Phase.INSIGHT, "Problemet og målene er forankret i ledergruppen."),
                                new Move(Phase.IDEAS, "Vi har intervjuet 12 brukere og pårørende."),
                                new Move(Phase.TESTING, "Vi valgte kamerafritt digitalt tilsyn som idé å teste.")),
                        new int[] {4, 2, 0, 3, 3}, new int[] {4, 3, 4, 3, 4}),
                new Story("Kvam herad", "sigrid", new CaseFields("Saman om kvardagsmeistring",
                        "Fleire heimebuande treng hjelp til daglege gjeremål, men mange ønskjer å klare seg sjølve"
                                + " lenger. Vi veit enno for lite om kva dei eigentleg treng.",
                        "Heimebuande over 70 år", "Knut Øye", "Tverrfagleg team frå heimetenesta og fysioterapien",
                        "Eldrerådet og tenesteleiarane", Visibility.PRIVATE),
                        List.of(new Move(Phase.INSIGHT, "Forankra i leiargruppa og eldrerådet."),
                                new Move(Phase.IDEAS, "Kartlagt dagens tenestereise."),
                                new Move(Phase.TESTING, "Vi prøver ut treningsgrupper i to bygder."),
                                new Move(Phase.INSIGHT, "Testen viste at behovet var eit anna enn vi trudde:"
                                        + " einsemd meir enn trening. Vi går tilbake og hentar meir innsikt.")),
                        new int[] {3, 0, 3, 2, 2}, new int[] {2, 2, 3, 3, 3}),
                new Story("Tysvær kommune", "lars", new CaseFields("Raskere fra søknad til vedtak",
                        "Innbyggere venter for lenge på svar på byggesøknader, og saksbehandlerne bruker tid på"
                                + " å etterspørre manglende dokumentasjon.", "Innbyggere og næringsliv som søker",
                        "Lars Vatne", "Byggesak, servicetorget og IKT", "Formannskapet og byggesaksavdelingen",
                        Visibility.PRIVATE),
                        List.of(), new int[] {3, 2, 3, 0, 1}, new int[] {3, 2, 4, 2, 2}),
                new Story("Voss herad", "ingrid", new CaseFields("Rett hjelp første gong i NAV og helse",
                        "Unge vaksne utan arbeid blir sende mellom tenestene før dei får hjelp. Dei fortel at dei"
                                + " må fortelje historia si på nytt kvar gong.", "Unge vaksne 18–29 år utan arbeid",
                        "Ingrid Vik", "NAV, psykisk helse, oppfølgingstenesta og to ungdomar",
                        "Kommunedirektøren, NAV-leiar og ungdomsrådet", Visibility.COHORT),
                        List.of(new Move(Phase.INSIGHT, "Forankra hos kommunedirektør og NAV-leiar."),
                                new Move(Phase.IDEAS, "Tenestereisa viser sju overgangar mellom tenester.")),
                        new int[] {5, 0, 4, 3, 3}, new int[] {5, 3, 4, 4, 4}),
                new Story("Klepp kommune", "tor", new CaseFields("Digital tildeling av barnehageplass",
                        "Foreldre får seint svar på barnehageplass og må ringe mange gonger. Opptaket tek mykje"
                                + " manuelt arbeid.", "Foreldre som søkjer barnehageplass", "Eva Braut",
                        "Oppvekst, barnehagane og IKT", "Politisk utval for oppvekst og styrarane", Visibility.COHORT),
                        List.of(new Move(Phase.INSIGHT, "Mål og gevinstar er avklara."),
                                new Move(Phase.IDEAS, "Intervju med 20 foreldre."),
                                new Move(Phase.TESTING, "Valt løysing: digital søknad med automatisk tildeling."),
                                new Move(Phase.IMPLEMENTATION, "Piloten i to barnehagar gav svar på tre dagar i staden"
                                        + " for tre veker.")),
                        new int[] {4, 4, 0, 4, 3}, new int[] {5, 4, 4, 4, 4}));
    }
}
