package no.ks.ledergaloppen.demo;

import static no.ks.ledergaloppen.demo.DemoEvent.on;

import java.util.List;
import no.ks.ledergaloppen.demo.DemoEvent.Comment;
import no.ks.ledergaloppen.demo.DemoEvent.Describe;
import no.ks.ledergaloppen.demo.DemoEvent.Entry;
import no.ks.ledergaloppen.demo.DemoEvent.Move;
import no.ks.ledergaloppen.demo.DemoEvent.Round;
import no.ks.ledergaloppen.demo.DemoEvent.Score;
import no.ks.ledergaloppen.demo.DemoEvent.Story;
import no.ks.ledergaloppen.demo.DemoEvent.Tick;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.learning.BltDraft;
import no.ks.ledergaloppen.learning.Decision;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * The Pilot i vest cases along the cohort's timeline. All start in anchoring at gathering 1. Haugesund
 * goes furthest (testing); Kvam rushed to a test, which showed the need was another, and went back to
 * insight; Voss takes its time; Klepp started with a solution in mind, has no team yet (its latest
 * assessment has a zero) and only reached insight after gathering 2; Tysvær has done nothing for a month.
 */
final class DemoStories {

    private static final String WEST = "Pilot i vest";

    static List<Story> west() {
        return List.of(haugesund(), kvam(), tysvaer(), voss(), klepp());
    }

    private static Story haugesund() {
        return new Story(WEST, "Haugesund kommune", "ola", List.of(
                new Describe(on(1, -7, "10:00"), new CaseFields("Trygg hjemme med digitalt tilsyn",
                        "Eldre som bor hjemme og pårørende er utrygge om natten. Hjemmetjenesten bruker mye tid på"
                                + " nattlige tilsynsbesøk som ofte vekker brukeren.",
                        "Hjemmeboende eldre med tilsynsbehov om natten, og pårørende",
                        "Marte Solheim, kommunalsjef helse og omsorg",
                        "Hjemmetjenesten, IKT, to brukerrepresentanter og en pårørende",
                        "Politisk utvalg for helse, tillitsvalgte, fastlegene", Visibility.COHORT)),
                new Score(on(1, 0, "13:40"), 4, 2, 0, 3, 3),
                new Move(on(1, 2, "09:15"), Phase.INSIGHT, "Problemet og målene er forankret i ledergruppen.", true),
                new Move(on(1, 16, "14:00"), Phase.IDEAS, "Vi har intervjuet 12 brukere og pårørende.", true),
                new Entry(on(1, 21, "15:20"), "Første natt med sensorer. Nattpatruljen var spent, men"
                        + " det gikk rolig. Vi må bli enige om hvem som svarer på varsler."),
                new Comment(on(1, 22, "08:40"),
                        "Godt at dere avklarer ansvaret tidlig. Ta det med i forankringen hos tillitsvalgte."),
                new Round(on(1, 36, "11:00"), new BltDraft(Phase.IDEAS, "Pårørende vil vite at mor eller far har det"
                        + " bra om natten, uten at noen må gå inn og vekke dem.",
                        "Sensorer i dør og seng som varsler hjemmetjenesten ved uvanlig aktivitet.",
                        "Fire brukere i to uker. Samtaler med brukere og pårørende før og etter.",
                        "Tre av fire sov bedre, og nattpatruljen gjorde 40 % færre besøk. Men falske alarmer"
                                + " skapte uro hos én bruker og hos de ansatte.",
                        "Teknologien virker, men varslingen må tilpasses hver enkelt.", Decision.ADJUST)),
                new Score(on(2, 0, "13:40"), 4, 3, 4, 3, 4),
                new Entry(on(2, 6, "15:30"), "Evalueringen viste at falske alarmer skaper mer uro enn"
                        + " vi trodde. Vi justerer løsningen før neste runde.", true),
                new Move(on(2, 8, "09:00"), Phase.TESTING, "Vi valgte kamerafritt digitalt tilsyn som idé å teste.",
                        true),
                new Round(on(2, 9, "13:00"), new BltDraft(Phase.TESTING,
                        "Trygghet om natten uten unødige besøk, og færre falske alarmer.",
                        "Individuelle terskler for varsling, satt sammen med brukeren og pårørende.",
                        "Ti brukere i seks uker. Vi teller besøk og alarmer og intervjuer pårørende.",
                        null, null, null)),
                new Tick(on(2, 14, "11:45"))));
    }

    private static Story kvam() {
        return new Story(WEST, "Kvam herad", "sigrid", List.of(
                new Describe(on(1, -6, "11:30"), new CaseFields("Saman om kvardagsmeistring",
                        "Fleire heimebuande treng hjelp til daglege gjeremål, men mange ønskjer å klare seg sjølve"
                                + " lenger. Vi veit enno for lite om kva dei eigentleg treng.",
                        "Heimebuande over 70 år", "Knut Øye", "Tverrfagleg team frå heimetenesta og fysioterapien",
                        "Eldrerådet og tenesteleiarane", Visibility.PRIVATE)),
                new Score(on(1, 0, "13:50"), 3, 0, 3, 2, 2),
                new Tick(on(1, 1, "09:45")),
                new Move(on(1, 1, "10:00"), Phase.INSIGHT, "Forankra i leiargruppa og eldrerådet.", false),
                new Tick(on(1, 6, "14:00")),
                new Move(on(1, 7, "14:30"), Phase.IDEAS, "Kartlagt dagens tenestereise.", false),
                new Move(on(1, 14, "09:30"), Phase.TESTING, "Vi prøver ut treningsgrupper i to bygder.", false),
                new Score(on(2, 0, "13:50"), 2, 2, 3, 3, 3),
                new Round(on(2, 1, "09:00"), new BltDraft(Phase.TESTING,
                        "Heimebuande eldre vil klare seg sjølve lenger.",
                        "Treningsgrupper i bygdene to gonger i veka.",
                        "Prøvde i Norheimsund og Ålvik i fire veker.",
                        "Få kom. Dei som kom, sa at det viktigaste var å treffe folk.",
                        "Behovet handlar meir om einsemd enn om trening.", Decision.STEP_BACK)),
                new Entry(on(2, 1, "09:40"), "Treningsgruppene samla få. Vi trur vi har forstått"
                        + " behovet feil, og går tilbake til innsikt.", true),
                new Move(on(2, 1, "10:15"), Phase.INSIGHT, "Testen viste at behovet var eit anna enn vi trudde:"
                        + " einsemd meir enn trening. Vi går tilbake og hentar meir innsikt.", false),
                new Comment(on(2, 2, "08:30"),
                        "Modig og klokt. Bruk intervjumalen frå andre samling når de snakkar med dei eldre."),
                new Round(on(2, 7, "14:00"), new BltDraft(Phase.INSIGHT,
                        "Kva skal til for at eldre opplever kvardagen som meiningsfull?",
                        "Samtalar heime hos ti eldre, med ein frivillig og ein tilsett.",
                        "Intervju og observasjon; vi samanliknar med det eldrerådet seier.", null, null, null)),
                new Tick(on(2, 8, "10:00")),
                new Tick(on(2, 10, "13:20"))));
    }

    private static Story tysvaer() {
        return new Story(WEST, "Tysvær kommune", "lars", List.of(
                new Describe(on(1, -5, "09:00"), new CaseFields("Raskere fra søknad til vedtak",
                        "Innbyggere venter for lenge på svar på byggesøknader, og saksbehandlerne bruker tid på"
                                + " å etterspørre manglende dokumentasjon.", "Innbyggere og næringsliv som søker",
                        "Lars Vatne", "Byggesak, servicetorget og IKT", "Formannskapet og byggesaksavdelingen",
                        Visibility.PRIVATE)),
                new Score(on(1, 0, "14:00"), 3, 2, 3, 0, 1),
                new Entry(on(1, 7, "15:00"), "Formannskapet gav tommel opp. Neste steg er å få"
                        + " byggesak med i teamet."),
                new Tick(on(1, 8, "10:00")),
                new Round(on(1, 14, "13:30"), new BltDraft(Phase.ANCHORING,
                        "Søkere vet ikke hva som mangler før saken stopper opp.",
                        "En sjekkliste på nett som søkeren går gjennom før innsending.",
                        "Vise et papirutkast til fem søkere på servicetorget.", null, null, null)),
                // the last sign of life: a month before the seeding day (the answer to the assignment follows)
                new Score(on(0, -33, "10:00"), 3, 2, 4, 2, 2)));
    }

    private static Story voss() {
        return new Story(WEST, "Voss herad", "ingrid", List.of(
                new Describe(on(1, -6, "13:00"), new CaseFields("Rett hjelp første gong i NAV og helse",
                        "Unge vaksne utan arbeid blir sende mellom tenestene før dei får hjelp. Dei fortel at dei"
                                + " må fortelje historia si på nytt kvar gong.",
                        "Unge vaksne 18–29 år utan arbeid",
                        "Ingrid Vik", "NAV, psykisk helse, oppfølgingstenesta og to ungdomar",
                        "Kommunedirektøren, NAV-leiar og ungdomsrådet", Visibility.COHORT)),
                new Score(on(1, 0, "14:10"), 5, 0, 4, 3, 3),
                new Move(on(1, 13, "10:30"), Phase.INSIGHT, "Forankra hos kommunedirektør og NAV-leiar.", true),
                new Score(on(2, 0, "14:10"), 5, 3, 4, 4, 4),
                new Move(on(2, 3, "13:15"), Phase.IDEAS, "Tenestereisa viser sju overgangar mellom tenester.", true),
                new Tick(on(2, 9, "09:30")),
                new Entry(on(2, 13, "15:10"), "Ungdomsrådet tok rollespelet på alvor. Dei sa rett ut at"
                        + " dei ikkje stolar på system, men på folk.", true),
                new Round(on(2, 14, "10:00"), new BltDraft(Phase.IDEAS,
                        "Unge vaksne vil sleppe å fortelje historia si fleire gonger.",
                        "Ein fast kontaktperson på tvers av NAV og helse.",
                        "Rollespel med fire ungdomar frå ungdomsrådet.",
                        "Ungdomane likte ideen, men ville sjølve velje kontaktpersonen.",
                        "Relasjonen betyr meir enn korleis vi organiserer oss.", Decision.CONTINUE)),
                new Comment(on(2, 15, "08:45"), "Sterkt innsikt. Skriv det inn i behovsformuleringa.")));
    }

    private static Story klepp() {
        return new Story(WEST, "Klepp kommune", "tor", List.of(
                new Describe(on(1, -7, "14:00"), new CaseFields("Digital tildeling av barnehageplass",
                        "Foreldre får seint svar på barnehageplass og må ringe mange gonger. Vi starta med ei"
                                + " løysing i hovudet; no vil vi finne ut kva foreldra eigentleg treng.",
                        "Foreldre som søkjer barnehageplass", "Eva Braut",
                        "Ikkje på plass enno: oppvekst er med, IKT og styrarane manglar",
                        "Politisk utval for oppvekst og styrarane", Visibility.COHORT)),
                new Score(on(1, 0, "14:20"), 3, 3, 2, 2, 3),
                new Tick(on(1, 6, "10:00")),
                new Round(on(1, 20, "13:00"), new BltDraft(Phase.ANCHORING,
                        "Foreldre vil ha raskt og sikkert svar på barnehageplass.",
                        "Digital søknad med automatisk tildeling.",
                        "Vi spurde fem foreldre på helsestasjonen om dei ville brukt ei slik løysing.",
                        "Foreldra var mest opptekne av å vite kvar dei står i køen, ikkje av sjølve søknaden.",
                        "Vi veit for lite om behovet. Vi må hente innsikt før vi vel løysing.", Decision.ADJUST)),
                new Score(on(2, 0, "14:20"), 3, 2, 2, 0, 2),
                new Entry(on(2, 2, "11:00"), "Teamet er ikkje på plass. IKT har ikkje kapasitet før over nyttår,"
                        + " og styrarane har ikkje fått frigjort tid. Vi har teke det opp med kommunedirektøren."),
                new Comment(on(2, 3, "09:00"), "Takk for at de seier det rett ut. Utan team står saka stille:"
                        + " kan to frå oppvekst starte innsiktsarbeidet medan IKT kjem seinare?"),
                new Tick(on(2, 8, "10:30")),
                new Move(on(2, 13, "11:00"), Phase.INSIGHT, "Politisk utval og styrarane står bak. To frå oppvekst"
                        + " startar intervju med foreldre medan vi får teamet på plass.", false)));
    }

    /** Pilot i Møre og Romsdal runs four weeks behind and has had one gathering: two cases have moved on. */
    static List<Story> more() {
        String more = "Pilot i Møre og Romsdal";
        int gathering1 = 28;
        return List.of(
                new Story(more, "Ørsta kommune", "kari", List.of(new Move(on(1, gathering1 + 8, "15:00"),
                        Phase.INSIGHT, "Forankret i formannskapet; ledergruppen ba oss registrere flyttet.", true))),
                new Story(more, "Sula kommune", "kari", List.of(new Move(on(1, gathering1 + 20, "10:00"),
                        Phase.INSIGHT, "Team og mål er på plass, avklart i oppfølgingsmøte med ledergruppen.",
                        true))));
    }

    private DemoStories() {
    }
}
