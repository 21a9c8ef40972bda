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
import no.ks.ledergaloppen.learning.BltDraft;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.Decision;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Brings the Pilot i vest cases to life: each in its own phase, with a history (Kvam went back after
 * a test), ticked steps, two five-foundations assessments (the first with a zero), BLT rounds in every
 * state and journal entries, some commented by the facilitator. Each change is
 * made by a member of that municipality's leader group, through the same services as in the app.
 */
@Component
class DemoCases {

    private record Story(String municipality, String member, CaseFields fields, List<Move> moves, int[] first,
                         int[] second) { }

    private record Move(Phase to, String reason) { }

    /**
     * A journal entry written some days after a gathering, the facilitator's comment on it (or null), and
     * whether the leader group takes it into the case report.
     */
    private record Entry(int gathering, int days, String text, String comment, boolean inReport) {

        Entry(int gathering, int days, String text, String comment) {
            this(gathering, days, text, comment, false);
        }
    }

    private final CaseService cases;
    private final PhaseService phases;
    private final RoadmapService roadmap;
    private final AssessmentService assessments;
    private final BltService blt;
    private final JournalService journal;
    private final SystemAuthentication system;

    DemoCases(CaseService cases, PhaseService phases, RoadmapService roadmap, AssessmentService assessments,
              BltService blt, JournalService journal, SystemAuthentication system) {
        this.blt = blt;
        this.journal = journal;
        this.cases = cases;
        this.phases = phases;
        this.roadmap = roadmap;
        this.assessments = assessments;
        this.system = system;
    }

    private DemoCalendar calendar;

    void seed(DemoCalendar calendar) {
        this.calendar = calendar;
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
        assessments.record(caseId, draft(calendar.gathering(1, 0), story.first()));
        assessments.record(caseId, draft(calendar.gathering(2, 0), story.second()));
        rounds().getOrDefault(story.municipality(), List.of()).forEach(r -> blt.add(caseId, r));
        for (Entry entry : journal().getOrDefault(story.municipality(), List.of())) {
            long entryId = journal.write(caseId, calendar.after(entry.gathering(), entry.days()), entry.text(),
                    entry.inReport());
            if (entry.comment() != null) {
                system.runAs("kari", () -> journal.comment(entryId, entry.comment()));
            }
        }
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

    private static Map<String, List<BltDraft>> rounds() {
        return Map.of(
                "Haugesund kommune", List.of(
                        new BltDraft(Phase.IDEAS, "Pårørende vil vite at mor eller far har det bra om natten, uten at"
                                + " noen må gå inn og vekke dem.",
                                "Sensorer i dør og seng som varsler hjemmetjenesten ved uvanlig aktivitet.",
                                "Fire brukere i to uker. Samtaler med brukere og pårørende før og etter.",
                                "Tre av fire sov bedre, og nattpatruljen gjorde 40 % færre besøk. Men falske alarmer"
                                        + " skapte uro hos én bruker og hos de ansatte.",
                                "Teknologien virker, men varslingen må tilpasses hver enkelt.", Decision.ADJUST),
                        new BltDraft(Phase.TESTING, "Trygghet om natten uten unødige besøk, og færre falske alarmer.",
                                "Individuelle terskler for varsling, satt sammen med brukeren og pårørende.",
                                "Ti brukere i seks uker. Vi teller besøk og alarmer og intervjuer pårørende.",
                                null, null, null)),
                "Kvam herad", List.of(
                        new BltDraft(Phase.TESTING, "Heimebuande eldre vil klare seg sjølve lenger.",
                                "Treningsgrupper i bygdene to gonger i veka.",
                                "Prøvde i Norheimsund og Ålvik i fire veker.",
                                "Få kom. Dei som kom, sa at det viktigaste var å treffe folk.",
                                "Behovet handlar meir om einsemd enn om trening.", Decision.STEP_BACK),
                        new BltDraft(Phase.INSIGHT, "Kva skal til for at eldre opplever kvardagen som meiningsfull?",
                                "Samtalar heime hos ti eldre, med ein frivillig og ein tilsett.",
                                "Intervju og observasjon; vi samanliknar med det eldrerådet seier.", null, null, null)),
                "Tysvær kommune", List.of(
                        new BltDraft(Phase.ANCHORING, "Søkere vet ikke hva som mangler før saken stopper opp.",
                                "En sjekkliste på nett som søkeren går gjennom før innsending.",
                                "Vise et papirutkast til fem søkere på servicetorget.", null, null, null)),
                "Voss herad", List.of(
                        new BltDraft(Phase.IDEAS, "Unge vaksne vil sleppe å fortelje historia si fleire gonger.",
                                "Ein fast kontaktperson på tvers av NAV og helse.",
                                "Rollespel med fire ungdomar frå ungdomsrådet.",
                                "Ungdomane likte ideen, men ville sjølve velje kontaktpersonen.",
                                "Relasjonen betyr meir enn korleis vi organiserer oss.", Decision.CONTINUE)),
                "Klepp kommune", List.of(
                        new BltDraft(Phase.TESTING, "Foreldre vil ha raskt og sikkert svar på barnehageplass.",
                                "Digital søknad med manuell tildeling som før.",
                                "Ein barnehage, ein opptaksrunde.",
                                "Søknaden gjekk fint, men svaret tok framleis tre veker.",
                                "Flaskehalsen er tildelinga, ikkje søknaden.", Decision.ADJUST),
                        new BltDraft(Phase.TESTING, "Foreldre vil ha raskt og sikkert svar på barnehageplass.",
                                "Digital søknad med automatisk tildeling etter opptakskriteria.",
                                "To barnehagar, ein opptaksrunde, med manuell kontroll av kvart vedtak.",
                                "Svar på tre dagar i staden for tre veker, og ingen feil i tildelinga.",
                                "Automatisk tildeling er trygg når kriteria er klare.", Decision.CONTINUE)));
    }

    private static Map<String, List<Entry>> journal() {
        return Map.of(
                "Haugesund kommune", List.of(
                        new Entry(1, 16, "Første natt med sensorer. Nattpatruljen var spent, men"
                                + " det gikk rolig. Vi må bli enige om hvem som svarer på varsler.",
                                "Godt at dere avklarer ansvaret tidlig. Ta det med i forankringen hos tillitsvalgte."),
                        new Entry(2, 7, "Evalueringen viste at falske alarmer skaper mer uro enn"
                                + " vi trodde. Vi justerer løsningen før neste runde.", null, true)),
                "Kvam herad", List.of(
                        new Entry(2, 1, "Treningsgruppene samla få. Vi trur vi har forstått"
                                + " behovet feil, og går tilbake til innsikt.",
                                "Modig og klokt. Bruk intervjumalen frå andre samling når de snakkar med dei eldre.",
                                true)),
                "Tysvær kommune", List.of(
                        new Entry(1, 7, "Formannskapet gav tommel opp. Neste steg er å få"
                                + " byggesak med i teamet.", null)),
                "Voss herad", List.of(
                        new Entry(1, 23, "Ungdomsrådet tok rollespelet på alvor. Dei sa rett ut at"
                                + " dei ikkje stolar på system, men på folk.",
                                "Sterkt innsikt. Skriv det inn i behovsformuleringa.", true)),
                "Klepp kommune", List.of(
                        new Entry(2, 3, "Piloten i to barnehagar er ferdig. Foreldra er nøgde,"
                                + " og styrarane vil ha løysinga i alle barnehagane.", null, true)));
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
